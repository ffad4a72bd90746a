package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Removes what a failed push left in S3 and builds the exception. Runs with the interrupt flag cleared, because
 * the SDK refuses to send requests from an interrupted thread, and sets it again afterwards.
 */
final class PushCleanup {
    private final S3Client s3;
    private final S3Objects objects;

    PushCleanup(S3Client s3, S3Objects objects) {
        this.s3 = s3;
        this.objects = objects;
    }

    S3PushException failed(
            UploadTarget target,
            MultipartUploadStream stream,
            @CheckForNull StoredContent stored,
            String step,
            Exception failure) {
        // a part failure surfaces in the source as a wrapped IOException; report the part's own cause
        Throwable cause = PushFailureMessages.isInterruption(failure)
                ? failure
                : Objects.requireNonNullElse(stream.failure(), failure);
        boolean interrupted = Thread.interrupted() || PushFailureMessages.isInterruption(cause);
        String cleanup;
        try {
            cleanup = stored == null
                    ? stream.abort()
                    : objects.deleteQuietly(target.bucket(), target.key(), stored.versionId());
        } catch (InterruptedException e) {
            interrupted = true;
            cleanup = "Cleaning up was interrupted: look for an incomplete multipart upload of " + target.location()
                    + " and abort it.";
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        String reason = PushFailureMessages.reason(target.bucket(), target.key(), s3, cause);
        return new S3PushException(
                target.bucket(),
                target.key(),
                "Could not push the bundle to " + target.location() + " while " + step + ": " + reason + " " + cleanup,
                cause);
    }
}
