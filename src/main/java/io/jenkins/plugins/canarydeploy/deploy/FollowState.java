package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * All that following a deployment needs to remember between polls. Serializable, so that a Pipeline step keeps it
 * across a controller restart and resumes following the same deployment. A plain class rather than a record: the
 * Pipeline's program serializer restores fields reflectively, which records do not allow.
 */
public final class FollowState implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String deploymentId;
    private final String deploymentGroup;
    private final Instant startedAt;
    private final Instant deadline;

    @CheckForNull
    private final String lastStatus;

    private final Duration delay;
    private final int consecutiveErrors;

    private FollowState(
            String deploymentId,
            String deploymentGroup,
            Instant startedAt,
            Instant deadline,
            @CheckForNull String lastStatus,
            Duration delay,
            int consecutiveErrors) {
        this.deploymentId = deploymentId;
        this.deploymentGroup = deploymentGroup;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.lastStatus = lastStatus;
        this.delay = delay;
        this.consecutiveErrors = consecutiveErrors;
    }

    public static FollowState started(
            String deploymentId, String deploymentGroup, Instant now, Duration timeout, PollSchedule schedule) {
        return new FollowState(deploymentId, deploymentGroup, now, now.plus(timeout), null, schedule.initial(), 0);
    }

    FollowState polled(String status, Duration nextDelay) {
        return new FollowState(deploymentId, deploymentGroup, startedAt, deadline, status, nextDelay, 0);
    }

    FollowState failedPoll(Duration nextDelay) {
        return new FollowState(
                deploymentId, deploymentGroup, startedAt, deadline, lastStatus, nextDelay, consecutiveErrors + 1);
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String deploymentGroup() {
        return deploymentGroup;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    @CheckForNull
    public String lastStatus() {
        return lastStatus;
    }

    public Duration delay() {
        return delay;
    }

    public int consecutiveErrors() {
        return consecutiveErrors;
    }
}
