package io.jenkins.plugins.canarydeploy.s3;

import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;

/** One multipart upload in S3: started, then either completed or aborted. */
final class MultipartSession {
    private final S3Client s3;
    private final UploadTarget target;
    private final String uploadId;

    private MultipartSession(S3Client s3, UploadTarget target, String uploadId) {
        this.s3 = s3;
        this.target = target;
        this.uploadId = uploadId;
    }

    static MultipartSession start(S3Client s3, UploadTarget target) {
        String uploadId = s3.createMultipartUpload(ObjectRequests.createMultipartUpload(target))
                .uploadId();
        return new MultipartSession(s3, target, uploadId);
    }

    String uploadId() {
        return uploadId;
    }

    StoredContent complete(List<UploadedPart> parts, long size) {
        List<UploadedPart> ordered = parts.stream()
                .sorted(Comparator.comparingInt(UploadedPart::partNumber))
                .toList();
        List<CompletedPart> completed = ordered.stream()
                .map(part -> CompletedPart.builder()
                        .partNumber(part.partNumber())
                        .eTag(part.eTag())
                        .checksumCRC32(part.crc32())
                        .build())
                .toList();
        CompleteMultipartUploadResponse response = s3.completeMultipartUpload(request -> request.bucket(target.bucket())
                .key(target.key())
                .uploadId(uploadId)
                .multipartUpload(upload -> upload.parts(completed)));
        boolean eTagIsMd5 = !Digests.isKms(response.serverSideEncryption())
                && ordered.stream().allMatch(UploadedPart::eTagIsMd5);
        String expected = eTagIsMd5
                ? Digests.multipartETag(ordered.stream().map(UploadedPart::md5).toList())
                : null;
        return new StoredContent(
                Digests.unquote(response.eTag()), response.versionId(), size, ordered.size(), expected);
    }

    /** Aborts the upload so that S3 drops every stored part; says what happened, for the failure message. */
    String abort() {
        try {
            s3.abortMultipartUpload(
                    request -> request.bucket(target.bucket()).key(target.key()).uploadId(uploadId));
            return "The multipart upload was aborted; nothing was stored.";
        } catch (NoSuchUploadException e) {
            return "The multipart upload was already gone; nothing was stored.";
        } catch (SdkException e) {
            return "Aborting the multipart upload failed too (" + e.getMessage() + "): remove it with 'aws s3api"
                    + " abort-multipart-upload --bucket " + target.bucket() + " --key " + target.key()
                    + " --upload-id " + uploadId + "', or let a lifecycle rule for incomplete multipart uploads do it.";
        }
    }
}
