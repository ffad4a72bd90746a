package io.jenkins.plugins.canarydeploy.s3;

import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * End-to-end check of a completed object: its ETag equals the one computed from the parts sent (skipped when KMS
 * makes ETags no MD5), and S3 holds exactly as many bytes as were streamed.
 */
final class StoredObjectCheck {
    private StoredObjectCheck() {}

    static void verify(S3Client s3, UploadTarget target, StoredContent stored) throws UploadIntegrityException {
        String expected = stored.expectedETag();
        if (expected != null && !expected.equalsIgnoreCase(stored.eTag())) {
            throw new UploadIntegrityException(
                    "S3 reports ETag " + stored.eTag() + " for the object, but the parts" + " sent make " + expected);
        }
        HeadObjectResponse head = s3.headObject(
                request -> request.bucket(target.bucket()).key(target.key()).versionId(stored.versionId()));
        if (!Objects.equals(head.contentLength(), stored.size())) {
            throw new UploadIntegrityException(
                    "S3 holds " + head.contentLength() + " bytes, but " + stored.size() + " bytes were sent");
        }
        String eTag = Digests.unquote(head.eTag());
        if (!eTag.equals(stored.eTag())) {
            throw new UploadIntegrityException("S3 now reports ETag " + eTag + ", the upload returned " + stored.eTag()
                    + "; did another push write the same key at the same time?");
        }
    }
}
