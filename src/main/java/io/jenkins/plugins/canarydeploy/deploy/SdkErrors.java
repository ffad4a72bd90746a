package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Tells passing AWS trouble from answers that will not change on the next try. */
final class SdkErrors {
    private SdkErrors() {}

    /** Network trouble, throttling and server errors pass; anything else (no such deployment, access) does not. */
    static boolean isTransient(SdkException e) {
        if (e instanceof SdkClientException) {
            return true;
        }
        return e instanceof AwsServiceException service
                && (service.isThrottlingException() || service.statusCode() >= 500);
    }

    /** The service's error code, e.g. {@code DeploymentNotStartedException}, or null for client-side trouble. */
    @CheckForNull
    static String code(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return null;
    }

    static boolean hasCode(SdkException e, String code) {
        return code.equals(code(e));
    }
}
