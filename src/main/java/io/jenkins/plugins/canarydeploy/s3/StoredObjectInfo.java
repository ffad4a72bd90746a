package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * What S3 holds under a key: the current version's ETag (without quotes), version id, size and the SHA-256 this
 * plugin tagged it with, if any.
 */
public record StoredObjectInfo(
        String eTag,
        @CheckForNull String versionId,
        long size,
        @CheckForNull String sha256) {}
