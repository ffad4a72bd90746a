package io.jenkins.plugins.canarydeploy.s3;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Sends one part with its locally computed Content-MD5 and CRC32, which S3 checks on arrival, and then compares
 * the returned ETag with the MD5 (unless KMS makes it no MD5). Tries again per {@link TransferRetry}.
 */
final class PartUploader {
    private static final AtomicInteger UPLOADS = new AtomicInteger();

    private final S3Client s3;
    private final UploadTarget target;
    private final String uploadId;
    private final UploadSettings settings;

    PartUploader(S3Client s3, UploadTarget target, String uploadId, UploadSettings settings) {
        this.s3 = s3;
        this.target = target;
        this.uploadId = uploadId;
        this.settings = settings;
    }

    /** Daemon threads for the parts of one upload, named after it for thread dumps. */
    static ExecutorService workers(int threads) {
        String name = "s3-upload-" + UPLOADS.incrementAndGet() + "-part-";
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    UploadedPart upload(int partNumber, PartBuffer content) throws IOException, InterruptedException {
        byte[] md5 = content.md5();
        String crc32 = content.crc32();
        UploadPartRequest request = UploadPartRequest.builder()
                .bucket(target.bucket())
                .key(target.key())
                .uploadId(uploadId)
                .partNumber(partNumber)
                .contentLength((long) content.length())
                .contentMD5(Digests.base64(md5))
                .checksumAlgorithm(ChecksumAlgorithm.CRC32)
                .checksumCRC32(crc32)
                .build();
        return TransferRetry.run(settings, () -> {
            UploadPartResponse response = s3.uploadPart(request, ObjectRequests.body(content));
            boolean eTagIsMd5 = target.encryption().eTagIsMd5() && !Digests.isKms(response.serverSideEncryption());
            String eTag = Digests.unquote(response.eTag());
            if (eTagIsMd5 && !eTag.equalsIgnoreCase(Digests.hex(md5))) {
                throw new UploadIntegrityException("S3 reports ETag " + eTag + " for part " + partNumber
                        + ", but the part's MD5 is " + Digests.hex(md5));
            }
            if (response.checksumCRC32() != null && !response.checksumCRC32().equals(crc32)) {
                throw new UploadIntegrityException("S3 reports CRC32 " + response.checksumCRC32() + " for part "
                        + partNumber + ", but the part's CRC32 is " + crc32);
            }
            return new UploadedPart(partNumber, response.eTag(), md5, crc32, eTagIsMd5);
        });
    }
}
