package io.jenkins.plugins.canarydeploy.bundle;

/**
 * What was written: the bundle's SHA-256 (lower-case hex) and size, both of the exact bytes written, and the number
 * of entries (files and links) in it.
 */
public record BundleResult(String sha256, long size, int fileCount) {}
