package io.jenkins.plugins.canarydeploy.canary.release;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.io.Serializable;
import java.time.Instant;

/**
 * All a canary release remembers between polls: its phase, the revision, what a failed canary goes back to, the
 * follow state of each deployment it made, the watch state and what is known of the outcome so far. Serializable, so
 * that a Pipeline step keeps it across a controller restart; a plain class rather than a record, as everything it
 * holds, since the Pipeline's program serializer cannot restore records. Immutable: every change makes a copy.
 */
public final class ReleaseState implements Serializable {
    private static final long serialVersionUID = 1L;

    private final S3Revision revision;
    private final Instant startedAt;
    private final RollbackTarget rollbackTarget;
    private ReleasePhase phase = ReleasePhase.CANARY_DEPLOY;
    private FollowState canary;

    @CheckForNull
    private WatchState watch;

    @CheckForNull
    private FollowState production;

    @CheckForNull
    private FollowState rollback;

    @CheckForNull
    private ReleaseOutcome results; // what is known so far: set once the canary deployment has ended

    private ReleaseState(S3Revision revision, Instant startedAt, RollbackTarget rollbackTarget, FollowState canary) {
        this.revision = revision;
        this.startedAt = startedAt;
        this.rollbackTarget = rollbackTarget;
        this.canary = canary;
    }

    private ReleaseState copy() {
        ReleaseState copy = new ReleaseState(revision, startedAt, rollbackTarget, canary);
        copy.phase = phase;
        copy.watch = watch;
        copy.production = production;
        copy.rollback = rollback;
        copy.results = results;
        return copy;
    }

    static ReleaseState started(S3Revision revision, Instant now, RollbackTarget rollbackTarget, FollowState canary) {
        return new ReleaseState(revision, now, rollbackTarget, canary);
    }

    /** The same phase, with the current deployment's follow state after a poll. */
    ReleaseState following(FollowState follow) {
        ReleaseState next = copy();
        switch (phase) {
            case CANARY_DEPLOY -> next.canary = follow;
            case PROMOTE -> next.production = follow;
            case ROLLBACK -> next.rollback = follow;
            default -> throw new IllegalStateException("No deployment is followed in phase " + phase);
        }
        return next;
    }

    ReleaseState watching(ReleaseOutcome known, WatchState state) {
        ReleaseState next = moveTo(ReleasePhase.WATCH, known);
        next.watch = state;
        return next;
    }

    ReleaseState watched(WatchState state) {
        ReleaseState next = copy();
        next.watch = state;
        return next;
    }

    ReleaseState awaitingDecision(ReleaseOutcome known) {
        return moveTo(ReleasePhase.AWAITING_DECISION, known);
    }

    ReleaseState promoting(ReleaseOutcome known, FollowState follow) {
        ReleaseState next = moveTo(ReleasePhase.PROMOTE, known);
        next.production = follow;
        return next;
    }

    ReleaseState rollingBack(ReleaseOutcome known, FollowState follow) {
        ReleaseState next = moveTo(ReleasePhase.ROLLBACK, known);
        next.rollback = follow;
        return next;
    }

    ReleaseState done(ReleaseOutcome outcome) {
        return moveTo(ReleasePhase.DONE, outcome);
    }

    private ReleaseState moveTo(ReleasePhase newPhase, ReleaseOutcome known) {
        ReleaseState next = copy();
        next.phase = newPhase;
        next.results = known;
        return next;
    }

    public ReleasePhase phase() {
        return phase;
    }

    /** The revision released; promotion deploys exactly this one. */
    public S3Revision revision() {
        return revision;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** What a failed canary goes back to, or why there is nothing, as read when the release started. */
    public RollbackTarget rollbackTarget() {
        return rollbackTarget;
    }

    /** The follow state of the deployment now in progress, or null in phases without one. */
    @CheckForNull
    public FollowState follow() {
        return switch (phase) {
            case CANARY_DEPLOY -> canary;
            case PROMOTE -> production;
            case ROLLBACK -> rollback;
            default -> null;
        };
    }

    /** The canary deployment's follow state (its status history and targets), also once it has ended. */
    public FollowState canaryFollow() {
        return canary;
    }

    @CheckForNull
    public FollowState productionFollow() {
        return production;
    }

    @CheckForNull
    public FollowState rollbackFollow() {
        return rollback;
    }

    /** The canary watch's state (its timeline of checks), once the watch has begun. */
    @CheckForNull
    public WatchState watch() {
        return watch;
    }

    public String canaryDeploymentId() {
        return canary.deploymentId();
    }

    @CheckForNull
    public String productionDeploymentId() {
        return production == null ? null : production.deploymentId();
    }

    @CheckForNull
    public String rollbackDeploymentId() {
        return rollback == null ? null : rollback.deploymentId();
    }

    /** The watch's verdict once it is known, e.g. the NO_DATA verdict awaiting a decision. */
    @CheckForNull
    public CanaryDecision canaryDecision() {
        return results == null ? null : results.canaryDecision();
    }

    /** The release waits for {@link CanaryRelease#resume} with a {@link ReleaseDecision}. */
    public boolean awaitingDecision() {
        return phase == ReleasePhase.AWAITING_DECISION;
    }

    /** The outcome, once the release is {@link ReleasePhase#DONE}; null before. */
    @CheckForNull
    public ReleaseOutcome outcome() {
        return phase == ReleasePhase.DONE ? results : null;
    }

    /** What is known of the outcome so far; null until the canary deployment has ended. */
    @CheckForNull
    ReleaseOutcome results() {
        return results;
    }
}
