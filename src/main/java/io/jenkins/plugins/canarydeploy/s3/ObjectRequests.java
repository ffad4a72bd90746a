package io.jenkins.plugins.canarydeploy.s3;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** The requests that create an object, with the target's content type, metadata and encryption. */
final class ObjectRequests {
    private ObjectRequests() {}

    static PutObjectRequest putObject(UploadTarget target, PartBuffer content) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(target.bucket())
                .key(target.key())
                .contentType(target.contentType())
                .metadata(target.metadata())
                .contentMD5(Digests.base64(content.md5()))
                .checksumAlgorithm(ChecksumAlgorithm.CRC32)
                .checksumCRC32(content.crc32());
        Encryption encryption = target.encryption();
        switch (encryption.type()) {
            case AES256 -> request.serverSideEncryption(ServerSideEncryption.AES256);
            case KMS ->
                request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(encryption.kmsKeyId());
            case NONE -> {}
        }
        return request.build();
    }

    static CreateMultipartUploadRequest createMultipartUpload(UploadTarget target) {
        CreateMultipartUploadRequest.Builder request = CreateMultipartUploadRequest.builder()
                .bucket(target.bucket())
                .key(target.key())
                .contentType(target.contentType())
                .metadata(target.metadata())
                .checksumAlgorithm(ChecksumAlgorithm.CRC32);
        Encryption encryption = target.encryption();
        switch (encryption.type()) {
            case AES256 -> request.serverSideEncryption(ServerSideEncryption.AES256);
            case KMS ->
                request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(encryption.kmsKeyId());
            case NONE -> {}
        }
        return request.build();
    }

    /** The buffer as a body the SDK can read again for each retry, without copying it. */
    static RequestBody body(PartBuffer content) {
        return RequestBody.fromContentProvider(content::newStream, content.length(), "application/octet-stream");
    }
}
