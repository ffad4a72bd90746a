package io.jenkins.plugins.canarydeploy.canary.release;

import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.CanaryWatch;
import io.jenkins.plugins.canarydeploy.canary.WatchPoll;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentFollower;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOutcome;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import io.jenkins.plugins.canarydeploy.deploy.Poll;
import io.jenkins.plugins.canarydeploy.deploy.PollSchedule;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/**
 * A canary release, one poll at a time: deploys a revision to the canary group and follows it to the end, watches the
 * canary's alerts through the bake window, and on PASS deploys the very same revision (same eTag and version) to the
 * production group and follows that. A canary deployment that does not succeed ends the release at once. A failed
 * canary is not promoted and is rolled back as the plan says; a watch without data leads where the plan says, or
 * waits for a {@link ReleaseDecision}. Driven from outside (a timer, a test), never a sleeping loop; the state it
 * returns is all it needs to go on, also in another JVM.
 */
public final class CanaryRelease {
    /** When to look again at a release waiting for a decision; polling it changes nothing. */
    static final Duration DECISION_RECHECK = Duration.ofMinutes(1);

    private final ReleasePlan plan;
    private final DeploymentFollower follower;
    private final ReleaseDeployments deployments;
    private final CanaryWatch watch;

    /**
     * @param client  CodeDeploy, for both groups
     * @param sources what the canary watch checks, e.g. a {@code CloudWatchAlarmSource} on the canary's alarms
     */
    public CanaryRelease(CodeDeployClient client, List<AlertSource> sources, ReleasePlan plan) {
        this(client, sources, plan, PollSchedule.DEFAULT);
    }

    public CanaryRelease(CodeDeployClient client, List<AlertSource> sources, ReleasePlan plan, PollSchedule schedule) {
        this.plan = plan;
        this.follower = new DeploymentFollower(client, schedule);
        this.deployments = new ReleaseDeployments(client, plan, schedule);
        this.watch = new CanaryWatch(sources, plan.watch());
    }

    /**
     * Checks the plan, reads what a failed canary would go back to, and creates the canary deployment. Throws an
     * {@code InvalidSettingsException} naming the bad fields, or a {@code DeploymentException} when CodeDeploy refuses
     * the deployment; nothing was deployed then.
     */
    public ReleasePoll start(S3Revision revision, Instant now) {
        plan.check(revision).throwIfAny("The canary release");
        List<String> log = new ArrayList<>();
        log.add("Canary release of " + revision + (revision.eTag() == null ? "" : " (eTag " + revision.eTag() + ")")
                + ": " + plan.canaryGroup() + " first, then " + plan.productionGroup() + " if the canary passes");
        return deployments.canary(revision, now, log);
    }

    /**
     * One step: follows the deployment in progress or checks the canary once; says when to poll next. Throws a
     * {@code DeploymentException} when a deployment can no longer be read, as {@link DeploymentFollower#poll} does.
     */
    public ReleasePoll poll(ReleaseState state, Instant now) {
        return switch (state.phase()) {
            case CANARY_DEPLOY -> followCanary(state, now);
            case WATCH -> watch(state, now);
            case AWAITING_DECISION -> new ReleasePoll(state, List.of(), DECISION_RECHECK);
            case PROMOTE, ROLLBACK -> followLast(state, now);
            case DONE -> new ReleasePoll(state, List.of(), Duration.ZERO);
        };
    }

    /** Goes on after a watch without data, as decided (see {@link ReleasePoll#awaitingDecision()}). */
    public ReleasePoll resume(ReleaseState state, ReleaseDecision decision, Instant now) {
        if (!state.awaitingDecision()) {
            throw new IllegalStateException(
                    "The canary release is not waiting for a decision: it is in phase " + state.phase());
        }
        List<String> log = new ArrayList<>();
        ReleaseOutcome known = known(state).decided(decision);
        if (decision == ReleaseDecision.PROMOTE) {
            log.add("Decided to promote although the watch had no data");
            return deployments.promote(state, known, now, log);
        }
        log.add("Decided to treat the canary as failed, since the watch had no data");
        return deployments.rollBack(state, known, now, log);
    }

    /** Approves rerouting traffic of the release's blue/green deployment that is Ready (see {@link ReleasePoll}). */
    public ReleasePoll continueDeployment(ReleaseState state, Instant now) {
        FollowState follow = state.follow();
        if (follow == null) {
            throw new IllegalStateException(
                    "No deployment of the canary release is in progress in phase " + state.phase());
        }
        Poll poll = follower.continueDeployment(follow, now);
        return new ReleasePoll(state.following(poll.state()), poll.log(), poll.nextDelay());
    }

    /**
     * Stops the release, e.g. when the build is aborted: stops the canary or production deployment in progress with
     * rollback. A rollback of the canary in progress is left to finish, and nothing new is deployed. Returns what was
     * done, for the build log.
     */
    public List<String> stop(ReleaseState state) {
        return new ReleaseStop(follower, plan).stop(state);
    }

    private ReleasePoll followCanary(ReleaseState state, Instant now) {
        Poll poll = follower.poll(current(state), now);
        List<String> log = new ArrayList<>(poll.log());
        ReleaseState next = state.following(poll.state());
        if (poll.finished().isEmpty()) {
            return new ReleasePoll(next, log, poll.nextDelay());
        }
        DeploymentOutcome outcome = report(poll, log);
        ReleaseOutcome known = ReleaseOutcome.canaryDeployed(state.revision(), outcome);
        if (!outcome.succeeded()) {
            log.add("The canary deployment did not succeed: no watch, and no promotion to " + plan.productionGroup());
            return ReleaseDeployments.finish(next.done(known), log);
        }
        WatchState watching = watch.start(now);
        log.add("Watching the canary for " + plan.watch().bakeWindow().toMinutes() + " min from "
                + watching.checksFrom() + ", checking every "
                + plan.watch().pollInterval().toSeconds() + " s");
        return new ReleasePoll(next.watching(known, watching), log, Duration.between(now, watching.checksFrom()));
    }

    private ReleasePoll watch(ReleaseState state, Instant now) {
        WatchState watching = state.watch();
        if (watching == null) {
            throw new IllegalStateException("The canary release watches without a watch state");
        }
        WatchPoll poll = watch.poll(watching, now);
        List<String> log = new ArrayList<>(poll.log());
        ReleaseState next = state.watched(poll.state());
        CanaryDecision decision = poll.decision();
        if (decision == null) {
            return new ReleasePoll(next, log, poll.nextDelay());
        }
        ReleaseOutcome known = known(state).watched(decision);
        return switch (decision.verdict()) {
            case PASS -> deployments.promote(next, known, now, log);
            case FAIL -> deployments.rollBack(next, known, now, log);
            case NO_DATA -> noData(next, known, now, log);
        };
    }

    private ReleasePoll noData(ReleaseState state, ReleaseOutcome known, Instant now, List<String> log) {
        return switch (plan.onNoData()) {
            case PROMOTE -> {
                log.add("No data to judge the canary by: promoting all the same, as the plan says (noData: promote)");
                yield deployments.promote(state, known.decided(ReleaseDecision.PROMOTE), now, log);
            }
            case ROLL_BACK -> {
                log.add("No data to judge the canary by: treating it as failed, as the plan says (noData: roll_back)");
                yield deployments.rollBack(state, known.decided(ReleaseDecision.ROLL_BACK), now, log);
            }
            case ASK -> {
                log.add("No data to judge the canary by: waiting for a decision to promote or to roll back");
                yield new ReleasePoll(state.awaitingDecision(known), log, DECISION_RECHECK);
            }
        };
    }

    private ReleasePoll followLast(ReleaseState state, Instant now) {
        Poll poll = follower.poll(current(state), now);
        List<String> log = new ArrayList<>(poll.log());
        ReleaseState next = state.following(poll.state());
        if (poll.finished().isEmpty()) {
            return new ReleasePoll(next, log, poll.nextDelay());
        }
        DeploymentOutcome outcome = report(poll, log);
        ReleaseOutcome known = state.phase() == ReleasePhase.PROMOTE
                ? known(state).promoted(outcome)
                : known(state).rolledBack(outcome);
        return ReleaseDeployments.finish(next.done(known), log);
    }

    private static DeploymentOutcome report(Poll poll, List<String> log) {
        DeploymentOutcome outcome = poll.finished().orElseThrow();
        log.addAll(outcome.targetTable());
        log.add(outcome.summary());
        return outcome;
    }

    private static FollowState current(ReleaseState state) {
        FollowState follow = state.follow();
        if (follow == null) {
            throw new IllegalStateException("No deployment is followed in phase " + state.phase());
        }
        return follow;
    }

    private static ReleaseOutcome known(ReleaseState state) {
        ReleaseOutcome known = state.results();
        if (known == null) {
            throw new IllegalStateException("The canary release has no canary outcome in phase " + state.phase());
        }
        return known;
    }
}
