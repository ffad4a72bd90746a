package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.aws.AwsClients;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentFollower;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOutcome;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import io.jenkins.plugins.canarydeploy.deploy.Poll;
import io.jenkins.plugins.canarydeploy.deploy.PollSchedule;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/**
 * A deployment for a freestyle build, which holds its executor anyway: the same state machine as the Pipeline step,
 * driven by waiting for each poll's delay. Aborting the build interrupts the wait and stops the deployment.
 */
public final class BlockingDeployment {
    private final CodeDeployStep settings;

    public BlockingDeployment(CodeDeployStep settings) {
        this.settings = settings;
    }

    public DeploymentOutcome run(Run<?, ?> run, @CheckForNull FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        try (CodeDeployClient client =
                AwsClients.codeDeploy(settings.awsSettings().connect(run, workspace))) {
            FollowState started = DeploymentLaunch.start(settings, run, client, log);
            Poll last = follow(new DeploymentFollower(client, PollSchedule.DEFAULT), started, run, log);
            DeploymentOutcome outcome = last.finished().orElseThrow();
            DeploymentLaunch.report(
                    outcome, last.state().history(), run, settings.awsSettings().region(), log);
            switch (outcome.buildResult()) {
                case SUCCESS -> {}
                case UNSTABLE -> {
                    log.println("UNSTABLE: an alarm stopped " + outcome.summary());
                    run.setResult(Result.UNSTABLE);
                }
                case FAILURE -> throw new AbortException(outcome.summary());
            }
            return outcome;
        }
    }

    /** Polls until the deployment ends; returns the last poll, which holds the outcome. */
    private static Poll follow(DeploymentFollower follower, FollowState started, Run<?, ?> run, PrintStream log)
            throws IOException, InterruptedException {
        FollowState state = started;
        while (true) {
            try {
                Thread.sleep(state.delay().toMillis());
            } catch (InterruptedException e) {
                log.println("Build aborted: stopping deployment " + state.deploymentId() + " with rollback ("
                        + follower.stop(state.deploymentId(), true) + ")");
                throw e;
            }
            Poll poll = ReadyApproval.handle(follower.poll(state, Instant.now()), run, follower, Instant.now());
            poll.log().forEach(log::println);
            if (poll.finished().isPresent()) {
                return poll;
            }
            state = poll.state();
        }
    }
}
