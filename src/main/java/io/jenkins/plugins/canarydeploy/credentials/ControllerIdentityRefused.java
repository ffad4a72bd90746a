package io.jenkins.plugins.canarydeploy.credentials;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Stands where no credentials were named and no agent can lend its own: Jenkins never lends the controller's AWS
 * identity (its instance role or environment) to builds, since anyone who may change a job would get it. Refuses
 * only when AWS is actually called, so a watch of Alertmanager alone needs no credentials.
 */
public final class ControllerIdentityRefused implements AwsCredentialsProvider {
    public static final String MESSAGE =
            "'credentialsId': no AWS credentials are named, and the step does not run on an"
                    + " agent; the Jenkins controller's own AWS identity is never lent to builds. Give credentialsId (an"
                    + " \"AWS Credentials\" entry), or run the step inside node { } on an agent whose default credentials"
                    + " chain should be used.";

    @Override
    public AwsCredentials resolveCredentials() {
        throw SdkClientException.create(MESSAGE);
    }

    @Override
    public String toString() {
        return "ControllerIdentityRefused";
    }
}
