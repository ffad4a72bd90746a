package io.jenkins.plugins.canarydeploy.agent;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.canarydeploy.aws.AwsClients;
import io.jenkins.plugins.canarydeploy.aws.AwsConnection;
import io.jenkins.plugins.canarydeploy.aws.AwsFieldChecks;
import io.jenkins.plugins.canarydeploy.aws.CredentialsSnapshot;
import io.jenkins.plugins.canarydeploy.push.BundlePusher;
import io.jenkins.plugins.canarydeploy.push.PushRequest;
import io.jenkins.plugins.canarydeploy.push.PushedRevision;
import io.jenkins.plugins.canarydeploy.s3.UploadSettings;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import jenkins.agents.ControllerToAgentFileCallable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs on the agent that holds the workspace: bundles it and streams it to S3 from there, so no file travels
 * through the controller. Credentials from the Credentials plugin come along resolved, never as configuration;
 * without them ({@code null}), the agent's own default chain is used.
 */
public final class PushCallable implements ControllerToAgentFileCallable<PushedRevision> {
    private static final long serialVersionUID = 1L;

    private final PushRequest request;

    @CheckForNull
    private final String region;

    @CheckForNull
    private final String endpoint;

    @CheckForNull
    private final CredentialsSnapshot credentials;

    private final TaskListener listener;

    public PushCallable(
            PushRequest request,
            @CheckForNull String region,
            @CheckForNull String endpoint,
            @CheckForNull CredentialsSnapshot credentials,
            TaskListener listener) {
        this.request = request;
        this.region = region;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.listener = listener;
    }

    @Override
    public PushedRevision invoke(File workspace, VirtualChannel channel) throws IOException {
        PrintStream log = listener.getLogger();
        DefaultCredentialsProvider agentChain =
                credentials == null ? DefaultCredentialsProvider.builder().build() : null;
        AwsCredentialsProvider provider = credentials != null ? credentials : agentChain;
        AwsConnection connection = new AwsConnection(region, AwsFieldChecks.toEndpoint(endpoint), provider);
        try (S3Client s3 = AwsClients.s3(connection)) {
            return new BundlePusher(
                            s3, UploadSettings.defaults(), Runtime.getRuntime().availableProcessors())
                    .push(request, workspace.toPath(), log::println);
        } finally {
            if (agentChain != null) {
                agentChain.close();
            }
        }
    }
}
