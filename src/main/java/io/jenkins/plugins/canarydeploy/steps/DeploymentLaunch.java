package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.actions.DeploymentAction;
import io.jenkins.plugins.canarydeploy.actions.QualityResultAction;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOutcome;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentStarter;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import io.jenkins.plugins.canarydeploy.deploy.PollSchedule;
import io.jenkins.plugins.canarydeploy.deploy.StartedDeployment;
import io.jenkins.plugins.canarydeploy.deploy.StatusChange;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/** Starting and ending a deployment for a build, the same for the Pipeline step and the freestyle build step. */
final class DeploymentLaunch {
    private DeploymentLaunch() {}

    /** Checks the settings and the build so far, creates the deployment and returns the state to follow it. */
    static FollowState start(CodeDeployStep settings, Run<?, ?> run, CodeDeployClient client, PrintStream log)
            throws AbortException {
        DeploymentRequest request = settings.toRequest(run.getFullDisplayName());
        Optional<String> refusal =
                settings.refusal(run.getResult()).or(() -> settings.qualityRefusal(QualityResultAction.gatesOf(run)));
        if (refusal.isPresent()) {
            throw new AbortException(refusal.get());
        }
        StartedDeployment started = new DeploymentStarter(client).create(request);
        log.println("Created deployment " + started.deploymentId() + " of "
                + request.revision().location() + " to " + request.application() + "/" + request.deploymentGroup());
        started.notes().forEach(log::println);
        return FollowState.started(
                started.deploymentId(),
                request.deploymentGroup(),
                Instant.now(),
                Duration.ofMinutes(settings.getTimeoutMinutes()),
                PollSchedule.DEFAULT,
                settings.readyPolicyValue());
    }

    /** Logs how the deployment ended, with one line per target, and shows it on the build's page. */
    static void report(
            DeploymentOutcome outcome,
            List<StatusChange> history,
            Run<?, ?> run,
            @CheckForNull String region,
            PrintStream log) {
        outcome.targetTable().forEach(log::println);
        log.println(outcome.summary());
        run.addAction(new DeploymentAction(outcome, history, region));
    }
}
