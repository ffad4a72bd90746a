package io.jenkins.plugins.canarydeploy.s3;

import java.io.IOException;
import java.time.Duration;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Tries a transfer again when the connection failed even after the SDK's own retries, or when S3 reported a
 * checksum other than the one sent. Throttling and 5xx answers are left to the SDK's retry strategy.
 */
final class TransferRetry {
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    interface Transfer<T> {
        T run() throws IOException;
    }

    private TransferRetry() {}

    static <T> T run(UploadSettings settings, Transfer<T> transfer) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return transfer.run();
            } catch (SdkClientException | UploadIntegrityException e) {
                if (attempt >= settings.partAttempts() || !worthAnotherTry(e)) {
                    throw e;
                }
                Thread.sleep(backoff(settings, attempt).toMillis());
            }
        }
    }

    private static boolean worthAnotherTry(Exception e) {
        if (e instanceof AbortedException || Thread.currentThread().isInterrupted()) {
            return false;
        }
        if (e instanceof UploadIntegrityException) {
            return true;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static Duration backoff(UploadSettings settings, int attempt) {
        Duration delay = settings.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
