package io.jenkins.plugins.canarydeploy.quality;

import java.nio.file.Path;

/**
 * A report file found in the workspace.
 *
 * @param name its path relative to the folder searched, with '/' separators: the name messages and pages show
 * @param path where to read it: the file itself, or the target of a link that stays inside the folder
 * @param size its size in bytes
 */
public record ReportFile(String name, Path path, long size) {}
