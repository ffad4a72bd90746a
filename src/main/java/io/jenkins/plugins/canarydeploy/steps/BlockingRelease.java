package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.canary.release.ReleaseOutcome;
import io.jenkins.plugins.canarydeploy.canary.release.ReleasePoll;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;

/**
 * The canary release for freestyle and other classic jobs, whose build step holds its executor anyway: polls on the
 * build's thread and sleeps between polls. Aborting the build stops the deployment in
 * progress.
 */
public final class BlockingRelease {
    private final CanaryReleaseStep settings;

    public BlockingRelease(CanaryReleaseStep settings) {
        this.settings = settings;
    }

    public ReleaseOutcome run(Run<?, ?> run, @CheckForNull FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        ReleaseSpec spec = settings.spec();
        PrintStream log = listener.getLogger();
        S3Revision revision = settings.revisionFor(run);
        try (ReleaseSession session = new ReleaseSession(spec, settings.awsSettings(), run, workspace)) {
            session.checkSources(Instant.now());
            ReleasePoll poll = session.release(null, null).start(revision, Instant.now());
            poll.log().forEach(log::println);
            ReleaseQuestions questions = new ReleaseQuestions(run);
            while (poll.finished().isEmpty()) {
                try {
                    Thread.sleep(poll.nextDelay().toMillis());
                } catch (InterruptedException e) {
                    session.release(poll.state(), session.sourceStates())
                            .stop(poll.state())
                            .forEach(log::println);
                    throw e;
                }
                poll = questions.poll(
                        session.release(poll.state(), session.sourceStates()), poll.state(), Instant.now());
                session.showWatch(poll.state());
                poll.log().forEach(log::println);
            }
            ReleaseOutcome outcome = poll.finished().orElseThrow();
            ReleaseReport.record(
                    outcome, poll.state(), run, settings.awsSettings().region());
            run.save();
            switch (outcome.buildResult()) {
                case SUCCESS -> {}
                case UNSTABLE -> {
                    if (spec.watch().failOnAlert()) {
                        throw new AbortException(outcome.summary());
                    }
                    log.println("UNSTABLE: " + outcome.summary());
                    run.setResult(Result.UNSTABLE);
                }
                case FAILURE -> throw new AbortException(outcome.summary());
            }
            return outcome;
        }
    }
}
