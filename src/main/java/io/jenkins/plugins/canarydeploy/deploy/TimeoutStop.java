package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.RollbackInfo;

/**
 * The end of following when the timeout passes: stops the deployment with rollback, then reads it once more for the
 * rollback deployment and the targets' last state. A deployment that completed meanwhile is reported as it ended.
 */
final class TimeoutStop {
    private static final String ALREADY_COMPLETED = "DeploymentAlreadyCompletedException";

    private final DeploymentFollower follower;
    private final TargetWatch targets;

    TimeoutStop(DeploymentFollower follower, TargetWatch targets) {
        this.follower = follower;
        this.targets = targets;
    }

    Poll stop(FollowState state, Instant now) {
        String stopStatus;
        try {
            stopStatus = follower.stop(state.deploymentId(), true);
        } catch (DeploymentException e) {
            if (e.getCause() instanceof SdkException sdk && SdkErrors.hasCode(sdk, ALREADY_COMPLETED)) {
                return ended(state, now);
            }
            throw e;
        }
        String message = "did not finish within "
                + Duration.between(state.startedAt(), state.deadline()).toMinutes()
                + " min; stop with rollback requested (" + stopStatus + ")";
        List<String> log = new ArrayList<>();
        log.add("Deployment " + state.deploymentId() + " " + message);
        DeploymentInfo after = readQuietly(state.deploymentId());
        TargetWatch.Observation seen = targets.readNow(state.deploymentId(), state.tracking(), now);
        log.addAll(seen.log());
        FollowState last = state.withTargets(seen.tracking());
        RollbackInfo rollback = after == null ? null : after.rollbackInfo();
        DeploymentOutcome outcome = new DeploymentOutcome(
                state.deploymentId(),
                state.deploymentGroup(),
                DeploymentVerdict.TIMED_OUT,
                status(state, after),
                "TIMEOUT",
                message,
                rollback == null ? null : rollback.rollbackDeploymentId(),
                state.startedAt(),
                now,
                rollback == null ? null : rollback.rollbackMessage(),
                List.of(),
                last.targets());
        return new Poll(last, log, outcome);
    }

    /** It completed just before the stop: report how it ended. */
    private Poll ended(FollowState state, Instant now) {
        try {
            return follower.observe(state, follower.read(state.deploymentId()), now);
        } catch (SdkException e) {
            throw new DeploymentException(
                    "Could not read the status of deployment " + state.deploymentId() + ": " + e.getMessage(), e);
        }
    }

    @CheckForNull
    private DeploymentInfo readQuietly(String deploymentId) {
        try {
            return follower.read(deploymentId);
        } catch (SdkException e) {
            return null; // the stop went through; the rollback id is a detail
        }
    }

    private static String status(FollowState state, @CheckForNull DeploymentInfo after) {
        if (after != null) {
            return after.statusAsString();
        }
        String last = state.lastStatus();
        return last == null ? "Unknown" : last;
    }
}
