package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * A push that did not end with a verified object. The message names the bucket, the key, the cause, the fix for
 * common causes and what was cleaned up.
 */
public class S3PushException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String bucket;
    private final String key;

    public S3PushException(String bucket, String key, String message, @CheckForNull Throwable cause) {
        super(message, cause);
        this.bucket = bucket;
        this.key = key;
    }

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }
}
