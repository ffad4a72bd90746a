package io.jenkins.plugins.canarydeploy.steps;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.actions.PushedRevisionAction;
import io.jenkins.plugins.canarydeploy.agent.PushCallable;
import io.jenkins.plugins.canarydeploy.aws.AwsClients;
import io.jenkins.plugins.canarydeploy.aws.AwsConnection;
import io.jenkins.plugins.canarydeploy.aws.CredentialsSnapshot;
import io.jenkins.plugins.canarydeploy.credentials.ControllerIdentityRefused;
import io.jenkins.plugins.canarydeploy.deploy.RevisionRegistrar;
import io.jenkins.plugins.canarydeploy.push.PushRequest;
import io.jenkins.plugins.canarydeploy.push.PushedRevision;
import java.io.IOException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/**
 * Carries out a push for a build, Pipeline or freestyle alike: checks the settings on the controller, bundles and
 * uploads on the agent that holds the workspace, registers the revision if asked, and records it on the build.
 */
public final class PushRunner {
    private final CodeDeployPushStep settings;

    public PushRunner(CodeDeployPushStep settings) {
        this.settings = settings;
    }

    public PushedRevision push(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        PushRequest request =
                settings.toRequest(PushRequest.jobOf(run.getExternalizableId()), String.valueOf(run.getNumber()));
        AwsSettings aws = settings.awsSettings();
        if (aws.usesDefaultChain() && !workspace.isRemote()) {
            throw new AbortException(ControllerIdentityRefused.MESSAGE.replace(
                    "the step does not run on an agent", "the workspace is on the Jenkins controller"));
        }
        AwsConnection connection = aws.connect(run, workspace);
        CredentialsSnapshot credentials =
                aws.usesDefaultChain() ? null : CredentialsSnapshot.of(connection.credentials());
        PushedRevision pushed =
                workspace.act(new PushCallable(request, aws.region(), aws.endpoint(), credentials, listener));
        listener.getLogger().println(pushed.summary());
        if (!settings.getApplication().isEmpty()) {
            try (CodeDeployClient codeDeploy = AwsClients.codeDeploy(connection)) {
                new RevisionRegistrar(codeDeploy)
                        .register(settings.getApplication(), pushed.revision(), run.getFullDisplayName());
            }
            listener.getLogger()
                    .println("Registered the revision with CodeDeploy application " + settings.getApplication());
        }
        run.addAction(new PushedRevisionAction(pushed));
        return pushed;
    }
}
