package io.jenkins.plugins.canarydeploy.canary.release;

import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one step of a canary release did: the state to keep, the lines to log and when to poll next. Once the release
 * is done, {@link #finished()} holds its outcome.
 */
public record ReleasePoll(ReleaseState state, List<String> log, Duration nextDelay) {

    public ReleasePoll {
        log = List.copyOf(log);
    }

    public Optional<ReleaseOutcome> finished() {
        return Optional.ofNullable(state.outcome());
    }

    /**
     * The watch had no data and the plan says to ask: offer a person to promote or to roll back, then call
     * {@link CanaryRelease#resume}. Polling meanwhile changes nothing.
     */
    public boolean awaitingDecision() {
        return state.awaitingDecision();
    }

    /**
     * A blue/green deployment of the release is Ready and waits for approval (ready policy {@code wait}): offer a
     * person to approve, then call {@link CanaryRelease#continueDeployment}. Keep polling meanwhile.
     */
    public boolean waitingForApproval() {
        FollowState follow = state.follow();
        return follow != null && follow.awaitingApproval();
    }
}
