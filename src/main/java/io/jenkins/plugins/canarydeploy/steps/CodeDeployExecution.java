package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.actions.ApprovalAction;
import io.jenkins.plugins.canarydeploy.aws.AwsClients;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentFollower;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOutcome;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import io.jenkins.plugins.canarydeploy.deploy.Poll;
import io.jenkins.plugins.canarydeploy.deploy.PollSchedule;
import io.jenkins.plugins.canarydeploy.deploy.StatusChange;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/**
 * Creates the deployment, then polls it from Jenkins' timer: no thread waits. The follow state is part of the
 * Pipeline's saved program, so after a controller restart {@link #onResume()} follows the same deployment again.
 * Aborting the build stops the deployment with rollback.
 */
class CodeDeployExecution extends StepExecution {
    private static final long serialVersionUID = 1L;

    @CheckForNull
    private final transient CodeDeployStep step;

    private final AwsSettings aws;

    @CheckForNull
    private volatile FollowState state;

    @CheckForNull
    private transient volatile ScheduledFuture<?> nextPoll;

    @CheckForNull
    private transient CodeDeployClient client;

    CodeDeployExecution(StepContext context, CodeDeployStep step) {
        super(context);
        this.step = step;
        this.aws = step.awsSettings();
    }

    @Override
    public boolean start() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        try {
            state = DeploymentLaunch.start(
                    requireStep(),
                    run,
                    client(run),
                    getContext().get(TaskListener.class).getLogger());
        } catch (InvalidSettingsException e) {
            closeClient();
            throw new AbortException(e.getMessage()); // names every bad field; a stack trace would add nothing
        } catch (IOException | RuntimeException e) {
            closeClient(); // nothing to follow
            throw e;
        }
        schedule(PollSchedule.DEFAULT.initial());
        return false;
    }

    @Override
    public void onResume() {
        if (state != null) {
            schedule(Duration.ZERO);
        } else {
            getContext()
                    .onFailure(new AbortException("codeDeploy had already ended or been stopped when Jenkins restarted;"
                            + " see the build page for what it did."));
        }
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        ScheduledFuture<?> pending = nextPoll;
        if (pending != null) {
            pending.cancel(false);
        }
        FollowState current = release();
        if (current != null) {
            ApprovalAction.close(getContext().get(Run.class), ReadyApproval.questionId(current.deploymentId()));
            try {
                String status = follower().stop(current.deploymentId(), true);
                log("Build aborted: stopping deployment " + current.deploymentId() + " with rollback (" + status + ")");
            } catch (RuntimeException e) {
                log("Build aborted, but deployment " + current.deploymentId() + " could not be stopped: "
                        + e.getMessage());
            }
        }
        closeClient();
        getContext().onFailure(cause);
    }

    @Override
    public String getStatus() {
        FollowState current = state;
        return current == null
                ? "not started"
                : "following " + current.deploymentId() + " (" + current.lastStatus() + ")";
    }

    private void schedule(Duration delay) {
        nextPoll = Timer.get().schedule(this::pollOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollOnce() {
        FollowState current = state;
        if (current == null) {
            return; // stopped meanwhile
        }
        try {
            DeploymentFollower follower = follower();
            Poll poll = ReadyApproval.handle(
                    follower.poll(current, Instant.now()), getContext().get(Run.class), follower, Instant.now());
            if (!advance(current, poll.state())) {
                return; // stopped while polling: stop() reports the end
            }
            getContext().saveState(); // a crash must not rewind the step
            poll.log().forEach(this::log);
            poll.finished().ifPresentOrElse(this::finish, () -> schedule(poll.nextDelay()));
        } catch (Exception | LinkageError e) {
            if (release() != null) {
                closeClient();
                getContext().onFailure(e);
            }
        }
    }

    private void finish(DeploymentOutcome outcome) {
        FollowState last = release();
        List<StatusChange> history = last == null ? List.of() : last.history();
        closeClient();
        try {
            DeploymentLaunch.report(
                    outcome,
                    history,
                    getContext().get(Run.class),
                    aws.region(),
                    getContext().get(TaskListener.class).getLogger());
            switch (outcome.buildResult()) {
                case SUCCESS -> getContext().onSuccess(outcome.toMap());
                case UNSTABLE -> {
                    UnstableMarker.mark(getContext(), "an alarm stopped " + outcome.summary(), false);
                    getContext().onSuccess(outcome.toMap());
                }
                case FAILURE -> getContext().onFailure(new AbortException(outcome.summary()));
            }
        } catch (IOException | InterruptedException e) {
            getContext().onFailure(e);
        }
    }

    /** Moves on to the next state unless the execution was stopped meanwhile. */
    private synchronized boolean advance(FollowState expected, FollowState next) {
        if (state != expected) {
            return false;
        }
        state = next;
        return true;
    }

    /** Ends following; returns the state it had, or null when another path ended it first. */
    @CheckForNull
    private synchronized FollowState release() {
        FollowState current = state;
        state = null;
        return current;
    }

    private DeploymentFollower follower() throws IOException, InterruptedException {
        return new DeploymentFollower(client(getContext().get(Run.class)), PollSchedule.DEFAULT);
    }

    private synchronized CodeDeployClient client(Run<?, ?> run) throws IOException, InterruptedException {
        if (client == null) {
            client = AwsClients.codeDeploy(aws.connect(run, getContext().get(FilePath.class)));
        }
        return client;
    }

    private synchronized void closeClient() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    private CodeDeployStep requireStep() {
        if (step == null) {
            throw new IllegalStateException("the step's settings are only available while it starts");
        }
        return step;
    }

    private void log(String line) {
        try {
            getContext().get(TaskListener.class).getLogger().println(line);
        } catch (IOException | InterruptedException e) {
            // the build log is gone (build finishing); nothing more to tell
        }
    }
}
