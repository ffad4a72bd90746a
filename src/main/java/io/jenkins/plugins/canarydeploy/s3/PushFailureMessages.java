package io.jenkins.plugins.canarydeploy.s3;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;

/** Turns the cause of a failed push into a sentence that says what went wrong and what to do about it. */
final class PushFailureMessages {
    private PushFailureMessages() {}

    static boolean isInterruption(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException
                    || cause instanceof InterruptedIOException
                    || cause instanceof AbortedException) {
                return true;
            }
        }
        return false;
    }

    /** Why the push failed and the fix, for the most specific cause found in the chain. */
    static String reason(String bucket, String key, S3Client s3, Throwable failure) {
        if (isInterruption(failure)) {
            return "the push was interrupted, e.g. because the build was aborted.";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AwsServiceException service) {
                return serviceReason(bucket, key, s3, service);
            }
            if (cause instanceof UploadIntegrityException integrity) {
                return "the stored content failed verification: " + integrity.getMessage() + ". Push again; if it"
                        + " happens again, look for a proxy or network device that alters uploads.";
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SdkClientException client && client.getCause() instanceof IOException) {
                return "S3 could not be reached at " + endpoint(s3) + " even after retries (" + client.getMessage()
                        + "): check the network, the proxy settings and the endpoint.";
            }
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static String serviceReason(String bucket, String key, S3Client s3, AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String said = code == null ? "HTTP " + e.statusCode() : code + " (HTTP " + e.statusCode() + ")";
        if ("NoSuchBucket".equals(code)) {
            return "the bucket '" + bucket + "' does not exist (NoSuchBucket). Check the bucket name and the region"
                    + " (this push used " + region(s3) + ").";
        }
        if ("AccessDenied".equals(code) || "AllAccessDisabled".equals(code)) {
            return "S3 denied access (" + said + "). The credentials need s3:PutObject, s3:GetObject,"
                    + " s3:AbortMultipartUpload, s3:PutObjectTagging and s3:GetObjectTagging (on versioned buckets"
                    + " also s3:GetObjectVersion, s3:PutObjectVersionTagging and s3:GetObjectVersionTagging) on"
                    + " arn:aws:s3:::" + bucket + "/" + key + ", with SSE-KMS also kms:GenerateDataKey and"
                    + " kms:Decrypt on the key; check the bucket policy as well.";
        }
        if (code == null && e.statusCode() == 403) {
            // answers to HEAD requests have no body, hence no error code
            return "S3 refused the request (HTTP 403, without details): check the credentials, and that they allow"
                    + " s3:GetObject on arn:aws:s3:::" + bucket + "/" + key + " and s3:ListBucket on arn:aws:s3:::"
                    + bucket + " (without it S3 answers 403 instead of 404 for a missing key).";
        }
        if ("InvalidAccessKeyId".equals(code)) {
            return "S3 does not know the access key id (" + said + "): check the credentials.";
        }
        if ("SignatureDoesNotMatch".equals(code)) {
            return "S3 rejected the request signature (" + said + "): check the secret access key of the"
                    + " credentials.";
        }
        if ("ExpiredToken".equals(code) || "TokenRefreshRequired".equals(code)) {
            return "the session credentials expired (" + said + "): use credentials that are refreshed, or a"
                    + " longer session.";
        }
        if ("RequestTimeTooSkewed".equals(code)) {
            return "the clock of this machine is too far from AWS time (" + said + "): synchronize it.";
        }
        if ("PermanentRedirect".equals(code) || "AuthorizationHeaderMalformed".equals(code)) {
            return "the bucket is in another region than " + region(s3) + " (" + said + "): set the bucket's"
                    + " region.";
        }
        if (code != null && code.toUpperCase(Locale.ROOT).startsWith("KMS")) {
            return "S3 could not use the KMS key (" + said + ": "
                    + e.awsErrorDetails().errorMessage() + "). Check"
                    + " the key id, that the key is enabled and in the bucket's region, and that the credentials may"
                    + " use it (kms:GenerateDataKey, kms:Decrypt).";
        }
        if ("NotImplemented".equals(code) || e.statusCode() == 501) {
            return "the S3 endpoint " + endpoint(s3) + " does not implement this request (" + said + "); S3-compatible"
                    + " stores may lack features of AWS S3, such as object tagging.";
        }
        if ("SlowDown".equals(code) || e.statusCode() == 503) {
            return "S3 kept throttling the requests (" + said + ") even after retries: push again later, or"
                    + " send fewer parts in parallel.";
        }
        if (e.statusCode() >= 500) {
            return "S3 kept failing (" + said + ") even after retries: push again later.";
        }
        String message = e.awsErrorDetails() == null
                ? e.getMessage()
                : e.awsErrorDetails().errorMessage();
        return "S3 answered " + said + ": " + message;
    }

    private static String region(S3Client s3) {
        return s3.serviceClientConfiguration().region().id();
    }

    private static String endpoint(S3Client s3) {
        return s3.serviceClientConfiguration()
                .endpointOverride()
                .map(Object::toString)
                .orElse("its regional endpoint in " + region(s3));
    }
}
