package io.jenkins.plugins.canarydeploy.s3;

import java.io.IOException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** A bundle that fits in one part goes out as one PutObject, checked like a part. */
final class SinglePut {
    private SinglePut() {}

    static StoredContent put(S3Client s3, UploadTarget target, UploadSettings settings, PartBuffer content)
            throws IOException, InterruptedException {
        String md5 = Digests.hex(content.md5());
        return TransferRetry.run(settings, () -> {
            PutObjectResponse response =
                    s3.putObject(ObjectRequests.putObject(target, content), ObjectRequests.body(content));
            boolean eTagIsMd5 = target.encryption().eTagIsMd5() && !Digests.isKms(response.serverSideEncryption());
            String eTag = Digests.unquote(response.eTag());
            if (eTagIsMd5 && !eTag.equalsIgnoreCase(md5)) {
                // a damaged version must not stay behind when the next try succeeds
                new S3Objects(s3).deleteQuietly(target.bucket(), target.key(), response.versionId());
                throw new UploadIntegrityException("S3 reports ETag " + eTag + ", but the bundle's MD5 is " + md5);
            }
            return new StoredContent(eTag, response.versionId(), content.length(), 1, eTagIsMd5 ? md5 : null);
        });
    }
}
