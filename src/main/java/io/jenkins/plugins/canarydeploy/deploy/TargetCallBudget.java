package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * How many target calls (ListDeploymentTargets, BatchGetDeploymentTargets) following may make now: one per
 * {@link #SPACING} on average, up to {@link #BURST} at once after a quiet spell. With GetDeployment every 15 s (the
 * default poll ceiling, 4 calls a minute), following stays under 6 calls a minute at any fleet size. Immutable; a
 * plain class because {@link FollowState} holds it.
 */
final class TargetCallBudget implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The average time between two target calls. */
    static final Duration SPACING = Duration.ofSeconds(40);

    /** The calls that may be made at once after a quiet spell. */
    static final int BURST = 4;

    @CheckForNull
    private final Instant fullAt; // when all BURST calls are available again; null: already

    private TargetCallBudget(@CheckForNull Instant fullAt) {
        this.fullAt = fullAt;
    }

    static TargetCallBudget full() {
        return new TargetCallBudget(null);
    }

    /** The calls available at {@code now}, 0 to {@link #BURST}. */
    int available(Instant now) {
        if (fullAt == null || !fullAt.isAfter(now)) {
            return BURST;
        }
        long owed = Duration.between(now, fullAt).toMillis();
        long spacing = SPACING.toMillis();
        return (int) Math.max(0, BURST - (owed + spacing - 1) / spacing);
    }

    /** After {@code calls} were made at {@code now}; more than were available delays the next ones accordingly. */
    TargetCallBudget spent(int calls, Instant now) {
        if (calls <= 0) {
            return this;
        }
        Instant from = fullAt == null || fullAt.isBefore(now) ? now : fullAt;
        return new TargetCallBudget(from.plus(SPACING.multipliedBy(calls)));
    }
}
