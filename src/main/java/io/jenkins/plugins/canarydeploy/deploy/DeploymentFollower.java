package io.jenkins.plugins.canarydeploy.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;
import software.amazon.awssdk.services.codedeploy.model.StopDeploymentResponse;

/**
 * Follows a deployment one poll at a time: a state machine driven from outside (a timer, a test, a benchmark),
 * never a sleeping loop. Each {@link #poll} asks CodeDeploy once and says when to ask next.
 */
public final class DeploymentFollower {
    /** Polls that may fail in a row (after the SDK's own retries) before following gives up. */
    static final int MAX_CONSECUTIVE_ERRORS = 5;

    private final CodeDeployClient client;
    private final PollSchedule schedule;

    public DeploymentFollower(CodeDeployClient client, PollSchedule schedule) {
        this.client = client;
        this.schedule = schedule;
    }

    public Poll poll(FollowState state, Instant now) {
        if (!now.isBefore(state.deadline())) {
            return timedOut(state, now);
        }
        DeploymentInfo info;
        try {
            info = client.getDeployment(r -> r.deploymentId(state.deploymentId()))
                    .deploymentInfo();
        } catch (SdkException e) {
            return failedPoll(state, e);
        }
        String status = info.statusAsString();
        boolean changed = !status.equals(state.lastStatus());
        List<String> log = changed ? List.of(DeploymentDescriptions.progress(info)) : List.of();
        FollowState next = state.polled(status, schedule.next(state.delay(), changed));
        if (isTerminal(info.status())) {
            return new Poll(next, log, DeploymentDescriptions.outcome(info, state, now));
        }
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

    private Poll timedOut(FollowState state, Instant now) {
        String stopStatus = stop(state.deploymentId(), true);
        String message = "did not finish within "
                + Duration.between(state.startedAt(), state.deadline()).toMinutes()
                + " min; stop with rollback requested (" + stopStatus + ")";
        DeploymentOutcome outcome = new DeploymentOutcome(
                state.deploymentId(),
                state.deploymentGroup(),
                DeploymentVerdict.TIMED_OUT,
                state.lastStatus() == null ? "Unknown" : state.lastStatus(),
                "TIMEOUT",
                message,
                null,
                state.startedAt(),
                now);
        return new Poll(state, List.of("Deployment " + state.deploymentId() + " " + message), outcome);
    }

    private Poll failedPoll(FollowState state, SdkException e) {
        if (!isTransient(e) || state.consecutiveErrors() + 1 >= MAX_CONSECUTIVE_ERRORS) {
            throw new DeploymentException(
                    "Could not read the status of deployment " + state.deploymentId() + ": " + e.getMessage(), e);
        }
        FollowState next = state.failedPoll(schedule.next(state.delay(), false));
        List<String> log = new ArrayList<>();
        log.add("Reading deployment " + state.deploymentId() + " failed (" + e.getMessage() + "); trying again in "
                + next.delay().toSeconds() + " s");
        return new Poll(next, log, null);
    }

    static boolean isTerminal(DeploymentStatus status) {
        return status == DeploymentStatus.SUCCEEDED
                || status == DeploymentStatus.FAILED
                || status == DeploymentStatus.STOPPED;
    }

    /** Network trouble, throttling and server errors pass; anything else (no such deployment, access) does not. */
    static boolean isTransient(SdkException e) {
        if (e instanceof SdkClientException) {
            return true;
        }
        return e instanceof AwsServiceException service
                && (service.isThrottlingException() || service.statusCode() >= 500);
    }
}
