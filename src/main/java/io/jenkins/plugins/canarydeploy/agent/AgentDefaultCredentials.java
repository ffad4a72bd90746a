package io.jenkins.plugins.canarydeploy.agent;

import io.jenkins.plugins.canarydeploy.aws.CredentialsSnapshot;
import java.io.IOException;
import jenkins.agents.ControllerToAgentCallable;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Resolves the AWS SDK's default credentials chain on the agent (environment, profile, web identity, container or
 * instance role) and brings the result back over the agent's encrypted channel, in memory only.
 */
public final class AgentDefaultCredentials implements ControllerToAgentCallable<CredentialsSnapshot, IOException> {
    private static final long serialVersionUID = 1L;

    @Override
    public CredentialsSnapshot call() throws IOException {
        try (DefaultCredentialsProvider chain =
                DefaultCredentialsProvider.builder().build()) {
            return CredentialsSnapshot.of(chain);
        } catch (SdkClientException e) {
            throw new IOException(
                    "The agent has no AWS credentials in its default chain (environment, profile, instance or"
                            + " container role): " + e.getMessage() + ". Give the step a credentialsId instead.",
                    e);
        }
    }
}
