package io.jenkins.plugins.canarydeploy.s3;

import java.io.IOException;

/** S3 holds, or reports, something other than what was sent. */
final class UploadIntegrityException extends IOException {
    private static final long serialVersionUID = 1L;

    UploadIntegrityException(String message) {
        super(message);
    }
}
