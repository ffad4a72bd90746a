package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * Looks at stored bundles and labels them. The SHA-256 of a bundle is only known once it is written, after the
 * object was created, so it is kept as the object tag {@value #SHA256_TAG}: unlike metadata, tags can be set on
 * an existing object version.
 */
public final class S3Objects {
    public static final String SHA256_TAG = "sha256";

    private static final int NOT_IMPLEMENTED = 501;

    private final S3Client s3;

    public S3Objects(S3Client s3) {
        this.s3 = s3;
    }

    /** The current version under the key with its {@code sha256} tag; empty when there is no such object. */
    public Optional<StoredObjectInfo> find(String bucket, String key) {
        try {
            HeadObjectResponse head;
            try {
                head = s3.headObject(request -> request.bucket(bucket).key(key));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
            String versionId = head.versionId();
            String sha256 = sha256Tag(bucket, key, versionId);
            return Optional.of(
                    new StoredObjectInfo(Digests.unquote(head.eTag()), versionId, head.contentLength(), sha256));
        } catch (SdkException e) {
            throw new S3PushException(
                    bucket,
                    key,
                    "Could not look up s3://" + bucket + "/" + key + ": "
                            + PushFailureMessages.reason(bucket, key, s3, e),
                    e);
        }
    }

    /** The {@code sha256} tag; {@code null} when there is none or the store does not implement tagging. */
    @CheckForNull
    private String sha256Tag(String bucket, String key, @CheckForNull String versionId) {
        try {
            return s3
                    .getObjectTagging(request -> request.bucket(bucket).key(key).versionId(versionId))
                    .tagSet()
                    .stream()
                    .filter(tag -> SHA256_TAG.equals(tag.key()))
                    .map(Tag::value)
                    .findFirst()
                    .orElse(null);
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_IMPLEMENTED) {
                return null; // an S3-compatible store without tagging: the content is simply not known
            }
            throw e;
        }
    }

    /** Tags one version (the current one when {@code versionId} is null) with the bundle's SHA-256. */
    public void tagSha256(String bucket, String key, @CheckForNull String versionId, String sha256) {
        Tag tag = Tag.builder().key(SHA256_TAG).value(sha256).build();
        try {
            s3.putObjectTagging(request ->
                    request.bucket(bucket).key(key).versionId(versionId).tagging(tagging -> tagging.tagSet(tag)));
        } catch (SdkException e) {
            throw new S3PushException(
                    bucket,
                    key,
                    "Could not tag s3://" + bucket + "/" + key + " with its SHA-256: "
                            + PushFailureMessages.reason(bucket, key, s3, e),
                    e);
        }
    }

    /** Deletes what a failed push stored, exactly that version where there are versions; says how it went. */
    String deleteQuietly(String bucket, String key, @CheckForNull String versionId) {
        String what = "s3://" + bucket + "/" + key + (versionId == null ? "" : " (version " + versionId + ")");
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key).versionId(versionId));
            return "The stored object " + what + " was deleted again.";
        } catch (SdkException e) {
            return "Deleting the stored object failed too (" + e.getMessage() + "): delete " + what
                    + " by hand; the credentials need s3:DeleteObject and s3:DeleteObjectVersion to clean up.";
        }
    }
}
