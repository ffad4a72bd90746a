package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.WatchPoll;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;

/**
 * The canary watch for freestyle and other classic jobs, whose build step holds its executor anyway: polls on the
 * build's thread and sleeps between polls; aborting the build interrupts the sleep and ends the watch.
 */
public final class BlockingWatch {
    private final CanaryWatchStep settings;

    public BlockingWatch(CanaryWatchStep settings) {
        this.settings = settings;
    }

    public CanaryDecision run(Run<?, ?> run, @CheckForNull FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        WatchSpec spec = settings.spec();
        PrintStream log = listener.getLogger();
        Instant start = Instant.now();
        try (WatchSession session = new WatchSession(spec, settings.awsSettings(), run, workspace, start, null)) {
            WatchState state = session.start(start, log);
            CanaryDecision decision = null;
            while (decision == null) {
                WatchPoll poll = session.poll(state, Instant.now(), log);
                state = poll.state();
                decision = poll.decision();
                if (decision == null) {
                    Thread.sleep(poll.nextDelay().toMillis());
                }
            }
            boolean passed = passed(decision, spec, run, String.valueOf(start.toEpochMilli()), log);
            run.save();
            if (!passed) {
                if (spec.failOnAlert()) {
                    throw new AbortException("The canary failed: " + decision.summary());
                }
                log.println("UNSTABLE: the canary failed: " + decision.summary());
                run.setResult(Result.UNSTABLE);
            }
            return decision;
        }
    }

    private static boolean passed(CanaryDecision decision, WatchSpec spec, Run<?, ?> run, String id, PrintStream log)
            throws IOException, InterruptedException {
        WatchVerdicts.Pending asked = WatchVerdicts.askIfNeeded(decision, spec, run, id, log);
        if (asked == null) {
            return WatchVerdicts.passed(decision, spec);
        }
        WatchVerdicts.Answer answer = asked.answer(run, log);
        while (answer == WatchVerdicts.Answer.NONE) {
            Thread.sleep(spec.settings().pollInterval().toMillis());
            answer = asked.answer(run, log);
        }
        return answer == WatchVerdicts.Answer.PASSED;
    }
}
