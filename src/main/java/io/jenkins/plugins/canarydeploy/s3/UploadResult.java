package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Locale;

/**
 * A bundle stored in S3 and verified, or found there already by a content-addressed push.
 *
 * @param eTag      without the quotes S3 puts around it
 * @param versionId {@code null} when the bucket is not versioned
 * @param partCount 1 for a single PutObject
 * @param sha256    hex SHA-256 of the bundle when it was given, also stored as object tag {@code sha256}
 * @param skipped   {@code true} when the object was already there with the same SHA-256 and nothing was sent
 * @param warning   set when the object is stored and verified but something optional failed, e.g. the tag
 */
public record UploadResult(
        String bucket,
        String key,
        String eTag,
        @CheckForNull String versionId,
        long size,
        int partCount,
        @CheckForNull String sha256,
        boolean skipped,
        @CheckForNull String warning) {

    /** The revision to deploy: exactly this version, checked against this ETag. */
    public S3Revision revision() {
        return new S3Revision(bucket, key, S3Revision.bundleTypeOf(key), eTag, versionId);
    }

    /** One line for the build log, with the warning if there is one. */
    public String summary() {
        String location = "s3://" + bucket + "/" + key;
        String version = versionId == null ? "" : ", version " + versionId;
        String hash = sha256 == null ? "" : ", sha256 " + sha256;
        String line = skipped
                ? "Skipped the upload: " + location + " already holds this bundle (" + mebibytes(size) + hash + version
                        + ")."
                : "Pushed " + location + ": " + mebibytes(size) + " in " + partCount
                        + (partCount == 1 ? " part" : " parts") + ", ETag " + eTag + version + hash + ", verified.";
        return warning == null ? line : line + " Warning: " + warning;
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) UploadSettings.MIB);
    }
}
