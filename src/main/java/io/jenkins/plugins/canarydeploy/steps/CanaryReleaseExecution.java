package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.canary.release.ReleaseOutcome;
import io.jenkins.plugins.canarydeploy.canary.release.ReleasePoll;
import io.jenkins.plugins.canarydeploy.canary.release.ReleaseState;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Runs a canary release from Jenkins' timer, one poll of the release state machine at a time: no thread waits. The state is part of the Pipeline's saved program, so after a controller restart
 * {@link #onResume()} goes on with the same deployments and watch. Aborting stops the deployment in progress.
 */
class CanaryReleaseExecution extends StepExecution {
    private static final long serialVersionUID = 1L;

    private final ReleaseSpec spec;
    private final AwsSettings aws;

    @CheckForNull
    private final transient CanaryReleaseStep step;

    @CheckForNull
    private volatile ReleaseState state;

    private ArrayList<Serializable> sourceStates = new ArrayList<>();

    @CheckForNull
    private transient ReleaseSession session;

    @CheckForNull
    private transient volatile Future<?> nextWork;

    CanaryReleaseExecution(StepContext context, CanaryReleaseStep step) {
        super(context);
        this.spec = step.spec();
        this.aws = step.awsSettings();
        this.step = step;
    }

    @Override
    public boolean start() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        Result result = run.getResult();
        if (result != null && result.isWorseThan(Result.UNSTABLE)) {
            throw new AbortException("canaryRelease: the build is already " + result + "; nothing is released.");
        }
        CanaryReleaseStep settings = step;
        if (settings == null) {
            throw new IllegalStateException("the step's settings are only available while it starts");
        }
        S3Revision revision = settings.revisionFor(run);
        try {
            session().checkSources(Instant.now());
            begin(revision);
        } catch (IOException | RuntimeException e) {
            closeSession();
            throw e;
        }
        return false;
    }

    @Override
    public void onResume() {
        if (state != null) {
            schedule(Duration.ZERO);
        } else {
            getContext()
                    .onFailure(
                            new AbortException("canaryRelease had already ended or been stopped when Jenkins restarted;"
                                    + " see the build page for what it did."));
        }
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        Future<?> pending = nextWork;
        if (pending != null) {
            pending.cancel(false);
        }
        ReleaseState current = release();
        if (current != null) {
            new ReleaseQuestions(getContext().get(Run.class)).closeAll(current);
            try {
                session().release(current, sourceStates).stop(current).forEach(this::log);
            } catch (IOException | RuntimeException e) {
                log("Build aborted, but the canary release could not stop its deployment: " + e.getMessage());
            }
        }
        closeSession();
        getContext().onFailure(cause);
    }

    @Override
    public String getStatus() {
        ReleaseState current = state;
        return current == null ? "starting" : "canary release: " + current.phase();
    }

    private void begin(S3Revision toRelease) throws IOException, InterruptedException {
        ReleasePoll first = session().release(null, null).start(toRelease, Instant.now());
        first.log().forEach(this::log);
        state = first.state();
        schedule(first.nextDelay());
    }

    private void schedule(Duration delay) {
        nextWork = Timer.get().schedule(this::pollOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollOnce() {
        ReleaseState current = state;
        if (current == null) {
            return; // stopped meanwhile
        }
        try {
            ReleaseSession opened = session();
            ReleasePoll poll = new ReleaseQuestions(getContext().get(Run.class))
                    .poll(opened.release(current, sourceStates), current, Instant.now());
            opened.showWatch(poll.state());
            keepSourceStates(opened.sourceStates());
            if (!advance(current, poll.state())) {
                return; // stopped while polling
            }
            getContext().saveState(); // a crash must not rewind the step
            poll.log().forEach(this::log);
            poll.finished().ifPresentOrElse(this::finish, () -> schedule(poll.nextDelay()));
        } catch (Exception | LinkageError e) {
            if (release() != null) {
                closeSession();
                getContext().onFailure(e);
            }
        }
    }

    private void finish(ReleaseOutcome outcome) {
        ReleaseState last = release();
        closeSession();
        try {
            Run<?, ?> run = getContext().get(Run.class);
            ReleaseReport.record(outcome, last, run, aws.region());
            run.save();
            switch (outcome.buildResult()) {
                case SUCCESS -> getContext().onSuccess(outcome.toMap());
                case UNSTABLE -> {
                    if (spec.watch().failOnAlert()) {
                        getContext().onFailure(new AbortException(outcome.summary()));
                    } else {
                        UnstableMarker.mark(getContext(), outcome.summary(), false);
                        getContext().onSuccess(outcome.toMap());
                    }
                }
                case FAILURE -> getContext().onFailure(new AbortException(outcome.summary()));
            }
        } catch (IOException | InterruptedException e) {
            getContext().onFailure(e);
        }
    }

    private synchronized void keepSourceStates(ArrayList<Serializable> states) {
        sourceStates = states;
    }

    private synchronized boolean advance(ReleaseState expected, ReleaseState next) {
        if (state != expected) {
            return false;
        }
        state = next;
        return true;
    }

    @CheckForNull
    private synchronized ReleaseState release() {
        ReleaseState current = state;
        state = null;
        return current;
    }

    private synchronized ReleaseSession session() throws IOException, InterruptedException {
        if (session == null) {
            session = new ReleaseSession(
                    spec, aws, getContext().get(Run.class), getContext().get(FilePath.class));
        }
        return session;
    }

    private synchronized void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    private void log(String line) {
        try {
            PrintStream logger = getContext().get(TaskListener.class).getLogger();
            logger.println(line);
        } catch (IOException | InterruptedException e) {
            // the build log is gone (build finishing); nothing more to tell
        }
    }
}
