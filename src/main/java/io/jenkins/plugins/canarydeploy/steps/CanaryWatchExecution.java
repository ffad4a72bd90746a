package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.actions.ApprovalAction;
import io.jenkins.plugins.canarydeploy.actions.CanaryWatchAction;
import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.WatchPoll;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Polls the watch from Jenkins' timer: no thread waits. The watch state and the sources' state are part of the
 * Pipeline's saved program, so after a controller restart {@link #onResume()} opens the sources again and goes on
 * with the same window. Aborting the build ends the watch; nothing runs on the AWS side to stop.
 */
class CanaryWatchExecution extends StepExecution {
    private static final long serialVersionUID = 1L;

    private final WatchSpec spec;
    private final AwsSettings aws;

    @CheckForNull
    private volatile WatchState state;

    private ArrayList<Serializable> sourceStates = new ArrayList<>();

    @CheckForNull
    private volatile WatchVerdicts.Pending pending;

    @CheckForNull
    private transient WatchSession session;

    @CheckForNull
    private transient volatile ScheduledFuture<?> nextPoll;

    CanaryWatchExecution(StepContext context, CanaryWatchStep step) {
        super(context);
        this.spec = step.spec();
        this.aws = step.awsSettings();
    }

    @Override
    public boolean start() throws Exception {
        Instant now = Instant.now();
        try {
            state = session(now).start(now, log());
        } catch (IOException | RuntimeException e) {
            closeSession();
            throw e;
        }
        schedule(Duration.ZERO);
        return false;
    }

    @Override
    public void onResume() {
        if (state != null) {
            schedule(Duration.ZERO);
        } else {
            getContext()
                    .onFailure(
                            new AbortException("watchCanary had already ended or been stopped when Jenkins restarted;"
                                    + " see the build page for what it did."));
        }
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        ScheduledFuture<?> scheduled = nextPoll;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        WatchState current = release();
        if (current != null) {
            Run<?, ?> run = getContext().get(Run.class);
            WatchVerdicts.Pending asked = this.pending;
            if (asked != null) {
                ApprovalAction.close(run, asked.approvalId());
            }
            CanaryWatchAction.find(run, current).ifPresent(action -> action.ended("the build was aborted"));
            log().println("Build aborted: canary watch ended");
        }
        closeSession();
        getContext().onFailure(cause);
    }

    @Override
    public String getStatus() {
        WatchState current = state;
        return current == null ? "not watching" : "watching the canary until " + current.windowEnd();
    }

    private void schedule(Duration delay) {
        nextPoll = Timer.get().schedule(this::pollOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollOnce() {
        WatchState current = state;
        if (current == null) {
            return; // stopped meanwhile
        }
        try {
            WatchVerdicts.Pending asked = pending;
            if (asked != null) {
                awaitAnswer(asked);
                return;
            }
            WatchSession opened = session(current.startedAt());
            WatchPoll poll = opened.poll(current, Instant.now(), log());
            keepSourceStates(opened.sourceStates());
            if (!advance(current, poll.state())) {
                return; // stopped while polling
            }
            getContext().saveState(); // a crash must not rewind the step
            CanaryDecision decision = poll.decision();
            if (decision == null) {
                schedule(poll.nextDelay());
            } else {
                decide(decision, poll.state());
            }
        } catch (Exception | LinkageError e) {
            if (release() != null) {
                closeSession();
                getContext().onFailure(e);
            }
        }
    }

    private void decide(CanaryDecision decision, WatchState last) throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        String watchId = String.valueOf(last.startedAt().toEpochMilli());
        WatchVerdicts.Pending asked = WatchVerdicts.askIfNeeded(decision, spec, run, watchId, log());
        if (asked != null) {
            pending = asked;
            getContext().saveState();
            schedule(spec.settings().pollInterval());
            return;
        }
        finish(WatchVerdicts.passed(decision, spec), decision);
    }

    private void awaitAnswer(WatchVerdicts.Pending asked) throws IOException, InterruptedException {
        WatchVerdicts.Answer answer = asked.answer(getContext().get(Run.class), log());
        if (answer == WatchVerdicts.Answer.NONE) {
            schedule(spec.settings().pollInterval());
            return;
        }
        finish(answer == WatchVerdicts.Answer.PASSED, asked.decision());
    }

    private void finish(boolean passed, CanaryDecision decision) throws IOException, InterruptedException {
        if (release() == null) {
            return;
        }
        closeSession();
        getContext().get(Run.class).save();
        if (passed) {
            getContext().onSuccess(decision.toMap());
        } else if (spec.failOnAlert()) {
            getContext().onFailure(new hudson.AbortException("The canary failed: " + decision.summary()));
        } else {
            UnstableMarker.mark(getContext(), "the canary failed: " + decision.summary(), false);
            getContext().onSuccess(decision.toMap());
        }
    }

    private synchronized void keepSourceStates(ArrayList<Serializable> states) {
        sourceStates = states;
    }

    private synchronized boolean advance(WatchState expected, WatchState next) {
        if (state != expected) {
            return false;
        }
        state = next;
        return true;
    }

    @CheckForNull
    private synchronized WatchState release() {
        WatchState current = state;
        state = null;
        return current;
    }

    private synchronized WatchSession session(Instant watchStart) throws IOException, InterruptedException {
        if (session == null) {
            session = new WatchSession(
                    spec, aws, getContext().get(Run.class), getContext().get(FilePath.class), watchStart, sourceStates);
        }
        return session;
    }

    private synchronized void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    private PrintStream log() throws IOException, InterruptedException {
        return getContext().get(TaskListener.class).getLogger();
    }
}
