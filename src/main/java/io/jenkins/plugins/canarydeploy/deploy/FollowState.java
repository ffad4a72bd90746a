package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * All that following a deployment needs to remember between polls. Serializable, so that a Pipeline step keeps it
 * across a controller restart and resumes following the same deployment. A plain class rather than a record, and
 * so is everything it holds: the Pipeline's program serializer restores fields reflectively, which records do not
 * allow. Immutable: every change makes a copy.
 */
public final class FollowState implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String deploymentId;
    private final String deploymentGroup;
    private final Instant startedAt;
    private final Instant deadline;

    @CheckForNull
    private final ReadyPolicy readyPolicy; // null in states saved before the policy existed

    @CheckForNull
    private String lastStatus;

    @CheckForNull
    private String lastOverview;

    private Duration delay;
    private int consecutiveErrors;
    private boolean awaitingApproval;
    private boolean continueRequested;

    @CheckForNull
    private TargetTracking targets; // null in states saved before targets were tracked

    @CheckForNull
    private ArrayList<StatusChange> history; // null in states saved before the history was kept

    private FollowState(
            String deploymentId,
            String deploymentGroup,
            Instant startedAt,
            Instant deadline,
            @CheckForNull ReadyPolicy readyPolicy,
            Duration delay) {
        this.deploymentId = deploymentId;
        this.deploymentGroup = deploymentGroup;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.readyPolicy = readyPolicy;
        this.delay = delay;
        this.targets = TargetTracking.none();
    }

    private FollowState copy() {
        FollowState copy = new FollowState(deploymentId, deploymentGroup, startedAt, deadline, readyPolicy, delay);
        copy.lastStatus = lastStatus;
        copy.lastOverview = lastOverview;
        copy.consecutiveErrors = consecutiveErrors;
        copy.awaitingApproval = awaitingApproval;
        copy.continueRequested = continueRequested;
        copy.targets = targets;
        copy.history = history;
        return copy;
    }

    /** Following a deployment just created; a blue/green deployment that becomes Ready waits for approval. */
    public static FollowState started(
            String deploymentId, String deploymentGroup, Instant now, Duration timeout, PollSchedule schedule) {
        return started(deploymentId, deploymentGroup, now, timeout, schedule, ReadyPolicy.DEFAULT);
    }

    /** Following a deployment just created, handling its Ready state (blue/green) as {@code readyPolicy} says. */
    public static FollowState started(
            String deploymentId,
            String deploymentGroup,
            Instant now,
            Duration timeout,
            PollSchedule schedule,
            ReadyPolicy readyPolicy) {
        return new FollowState(deploymentId, deploymentGroup, now, now.plus(timeout), readyPolicy, schedule.initial());
    }

    FollowState polled(String status, String overview, TargetTracking tracking, Duration nextDelay) {
        return polled(status, overview, tracking, nextDelay, null);
    }

    /** As {@link #polled(String, String, TargetTracking, Duration)}, adding the status to the history when new. */
    FollowState polled(
            String status, String overview, TargetTracking tracking, Duration nextDelay, @CheckForNull Instant seenAt) {
        FollowState next = copy();
        if (seenAt != null && !status.equals(lastStatus)) {
            ArrayList<StatusChange> changes = new ArrayList<>(history());
            changes.add(new StatusChange(status, seenAt));
            next.history = changes;
        }
        next.lastStatus = status;
        next.lastOverview = overview;
        next.targets = tracking;
        next.delay = nextDelay;
        next.consecutiveErrors = 0;
        return next;
    }

    FollowState failedPoll(Duration nextDelay) {
        FollowState next = copy();
        next.delay = nextDelay;
        next.consecutiveErrors = consecutiveErrors + 1;
        return next;
    }

    FollowState awaitingApproval(boolean awaiting) {
        FollowState next = copy();
        next.awaitingApproval = awaiting;
        return next;
    }

    FollowState continued(Duration nextDelay) {
        FollowState next = copy();
        next.continueRequested = true;
        next.awaitingApproval = false;
        next.delay = nextDelay;
        return next;
    }

    FollowState withTargets(TargetTracking tracking) {
        FollowState next = copy();
        next.targets = tracking;
        return next;
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

    public ReadyPolicy readyPolicy() {
        return readyPolicy == null ? ReadyPolicy.DEFAULT : readyPolicy;
    }

    /** The status of the last successful poll (Created, InProgress, Ready, ...), or null before the first. */
    @CheckForNull
    public String lastStatus() {
        return lastStatus;
    }

    @CheckForNull
    String lastOverview() {
        return lastOverview;
    }

    /** The delay before the next poll. */
    public Duration delay() {
        return delay;
    }

    public int consecutiveErrors() {
        return consecutiveErrors;
    }

    /** The deployment is Ready and waits for someone to approve rerouting traffic. */
    public boolean awaitingApproval() {
        return awaitingApproval;
    }

    /** ContinueDeployment was sent (by the policy or on approval). */
    public boolean continueRequested() {
        return continueRequested;
    }

    /** Each target's last seen progress, in CodeDeploy's order; empty until targets were read. */
    public List<TargetProgress> targets() {
        return tracking().all();
    }

    TargetTracking tracking() {
        return targets == null ? TargetTracking.none() : targets;
    }

    /** The statuses the deployment went through, each when a poll first saw it. */
    public List<StatusChange> history() {
        return history == null ? List.of() : List.copyOf(history);
    }
}
