package io.jenkins.plugins.canarydeploy.deploy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;
import software.amazon.awssdk.services.codedeploy.model.StopDeploymentResponse;

/**
 * Follows a deployment one poll at a time: a state machine driven from outside (a timer, a test, a benchmark),
 * never a sleeping loop. Each {@link #poll} asks CodeDeploy for the deployment once, reads its targets only when
 * that is worth it ({@link TargetWatch}), logs what changed and says when to ask next.
 */
public final class DeploymentFollower {
    /** Polls that may fail in a row (after the SDK's own retries) before following gives up. */
    static final int MAX_CONSECUTIVE_ERRORS = 5;

    private final CodeDeployClient client;
    private final PollSchedule schedule;
    private final TargetWatch targets;
    private final ReadyGate ready;

    public DeploymentFollower(CodeDeployClient client, PollSchedule schedule) {
        this.client = client;
        this.schedule = schedule;
        this.targets = new TargetWatch(client);
        this.ready = new ReadyGate(client, schedule);
    }

    public Poll poll(FollowState state, Instant now) {
        if (!now.isBefore(state.deadline())) {
            return new TimeoutStop(this, targets).stop(state, now);
        }
        DeploymentInfo info;
        try {
            info = read(state.deploymentId());
        } catch (SdkException e) {
            return failedPoll(state, e);
        }
        return observe(state, info, now);
    }

    /**
     * Reroutes traffic of a Ready blue/green deployment once a person approved it: sends ContinueDeployment
     * (READY_WAIT) and polls quickly again. Keep the returned state, as after {@link #poll}.
     */
    public Poll continueDeployment(FollowState state, Instant now) {
        List<String> log = new ArrayList<>();
        FollowState next = ready.continueNow(state, "approved", log);
        return new Poll(next, log, null);
    }

    /** Asks CodeDeploy to stop the deployment, e.g. when the build is aborted; returns the stop status. */
    public String stop(String deploymentId, boolean rollback) {
        try {
            StopDeploymentResponse response =
                    client.stopDeployment(r -> r.deploymentId(deploymentId).autoRollbackEnabled(rollback));
            return response.statusAsString();
        } catch (SdkException e) {
            throw new DeploymentException("Could not stop deployment " + deploymentId + ": " + e.getMessage(), e);
        }
    }

    DeploymentInfo read(String deploymentId) {
        return client.getDeployment(r -> r.deploymentId(deploymentId)).deploymentInfo();
    }

    /** One poll's work once the deployment was read: log changes, read targets, map the end, handle Ready. */
    Poll observe(FollowState state, DeploymentInfo info, Instant now) {
        String status = info.statusAsString();
        String overview = TargetWatch.overview(info);
        boolean changed = !status.equals(state.lastStatus());
        List<String> log = new ArrayList<>();
        if (changed || !overview.equals(state.lastOverview())) {
            log.add(DeploymentDescriptions.progress(info));
        }
        TargetWatch.Observation seen = targets.observe(state.deploymentId(), state.tracking(), info, now);
        log.addAll(seen.log());
        FollowState next = state.polled(status, overview, seen.tracking(), schedule.next(state.delay(), changed), now);
        if (isTerminal(info.status())) {
            return new Poll(next, log, DeploymentDescriptions.outcome(info, next, now, () -> groupAlarms(info)));
        }
        return new Poll(ready.handle(info, next, log), log, null);
    }

    /** The alarms the deployment group watches; none when they cannot be read. */
    private List<String> groupAlarms(DeploymentInfo info) {
        try {
            return AlarmNames.configured(client.getDeploymentGroup(r ->
                            r.applicationName(info.applicationName()).deploymentGroupName(info.deploymentGroupName()))
                    .deploymentGroupInfo()
                    .alarmConfiguration());
        } catch (SdkException e) {
            return List.of();
        }
    }

    private Poll failedPoll(FollowState state, SdkException e) {
        if (!isTransient(e) || state.consecutiveErrors() + 1 >= MAX_CONSECUTIVE_ERRORS) {
            throw new DeploymentException(
                    "Could not read the status of deployment " + state.deploymentId() + ": " + e.getMessage(), e);
        }
        FollowState next = state.failedPoll(schedule.next(state.delay(), false));
        return new Poll(
                next,
                List.of("Reading deployment " + state.deploymentId() + " failed (" + e.getMessage()
                        + "); trying again in " + next.delay().toSeconds() + " s"),
                null);
    }

    static boolean isTerminal(DeploymentStatus status) {
        return status == DeploymentStatus.SUCCEEDED
                || status == DeploymentStatus.FAILED
                || status == DeploymentStatus.STOPPED;
    }

    /** Network trouble, throttling and server errors pass; anything else (no such deployment, access) does not. */
    static boolean isTransient(SdkException e) {
        return SdkErrors.isTransient(e);
    }
}
