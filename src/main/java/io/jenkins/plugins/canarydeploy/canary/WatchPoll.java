package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.util.List;

/** What one {@link CanaryWatch#poll} did: the state to keep, lines to log, when to poll next, and the decision. */
public record WatchPoll(
        WatchState state,
        List<String> log,
        Duration nextDelay,
        @CheckForNull CanaryDecision decision) {

    public WatchPoll {
        log = List.copyOf(log);
    }

    public boolean decided() {
        return decision != null;
    }
}
