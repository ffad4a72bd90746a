package io.jenkins.plugins.canarydeploy.canary.release;

import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Drives a canary release as a step's timer would: advances the simulated clock by each returned delay, then polls. */
final class ReleaseDriver {
    private static final int MAX_POLLS = 5_000;

    final List<String> log = new ArrayList<>();
    private final CanaryRelease release;
    private final SimulatedClock clock;
    private ReleasePoll last;

    ReleaseDriver(CanaryRelease release, SimulatedClock clock, ReleasePoll first) {
        this.release = release;
        this.clock = clock;
        take(first);
    }

    /** Starts the release now. */
    static ReleaseDriver start(CanaryRelease release, SimulatedClock clock, S3Revision revision) {
        return new ReleaseDriver(release, clock, release.start(revision, clock.instant()));
    }

    /** A driver going on from a state kept elsewhere (e.g. restored after a restart), polling at once. */
    static ReleaseDriver resume(CanaryRelease release, SimulatedClock clock, ReleaseState state) {
        return new ReleaseDriver(release, clock, new ReleasePoll(state, List.of(), java.time.Duration.ZERO));
    }

    /** Polls until the release ends; fails when it stops to wait for a decision. */
    ReleaseOutcome run() {
        ReleasePoll poll = until(ReleasePoll::awaitingDecision);
        return poll.finished().orElseThrow(() -> new AssertionError("the release waits for a decision"));
    }

    /** Polls until {@code stop} holds or the release ends; returns that poll. */
    ReleasePoll until(Predicate<ReleasePoll> stop) {
        if (last.finished().isPresent() || stop.test(last)) {
            return last;
        }
        for (int polls = 0; polls < MAX_POLLS; polls++) {
            clock.advance(last.nextDelay());
            take(release.poll(last.state(), clock.instant()));
            if (last.finished().isPresent() || stop.test(last)) {
                return last;
            }
        }
        throw new AssertionError("the release did not end within " + MAX_POLLS + " polls");
    }

    /** Polls until the release is in {@code phase} (or has ended). */
    ReleasePoll untilPhase(ReleasePhase phase) {
        return until(poll -> poll.state().phase() == phase);
    }

    /** Takes the result of a call made outside the timer (a decision, an approval), as the step would. */
    ReleasePoll take(ReleasePoll poll) {
        last = poll;
        log.addAll(poll.log());
        return poll;
    }

    ReleaseState state() {
        return last.state();
    }
}
