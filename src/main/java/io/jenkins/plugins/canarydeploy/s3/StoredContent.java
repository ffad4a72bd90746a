package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * What S3 reported after storing the content, and what it should have reported.
 *
 * @param eTag         without quotes
 * @param expectedETag computed locally; {@code null} when the ETag is no MD5 (KMS)
 */
record StoredContent(
        String eTag,
        @CheckForNull String versionId,
        long size,
        int partCount,
        @CheckForNull String expectedETag) {}
