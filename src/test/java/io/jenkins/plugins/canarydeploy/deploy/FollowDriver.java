package io.jenkins.plugins.canarydeploy.deploy;

import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Drives a follower as the step's timer does: advances the simulated clock by each returned delay, then polls. */
final class FollowDriver {
    private static final int MAX_POLLS = 2_000;

    final List<String> log = new ArrayList<>();
    private final DeploymentFollower follower;
    private final SimulatedClock clock;
    private FollowState state;
    private Poll last;

    FollowDriver(DeploymentFollower follower, SimulatedClock clock, FollowState state) {
        this.follower = follower;
        this.clock = clock;
        this.state = state;
    }

    static FollowState started(String deploymentId, SimulatedClock clock, Duration timeout, ReadyPolicy policy) {
        return FollowState.started(deploymentId, "Canary", clock.instant(), timeout, PollSchedule.DEFAULT, policy);
    }

    /** Polls until the deployment ends; returns its outcome. */
    DeploymentOutcome follow() {
        return until(poll -> false).finished().orElseThrow();
    }

    /** Polls until {@code stop} holds or the deployment ends; returns that poll. */
    Poll until(Predicate<Poll> stop) {
        for (int polls = 0; polls < MAX_POLLS; polls++) {
            clock.advance(state.delay());
            take(follower.poll(state, clock.instant()));
            if (last.finished().isPresent() || stop.test(last)) {
                return last;
            }
        }
        throw new AssertionError("the deployment did not end within " + MAX_POLLS + " polls");
    }

    /** Takes the result of a call made outside the timer (e.g. an approval), as the step would. */
    Poll take(Poll poll) {
        last = poll;
        state = poll.state();
        log.addAll(poll.log());
        return poll;
    }

    FollowState state() {
        return state;
    }

    Instant now() {
        return clock.instant();
    }
}
