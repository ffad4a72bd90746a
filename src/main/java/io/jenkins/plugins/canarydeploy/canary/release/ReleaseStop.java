package io.jenkins.plugins.canarydeploy.canary.release;

import io.jenkins.plugins.canarydeploy.deploy.DeploymentException;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentFollower;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import java.util.List;

/**
 * Stops a canary release, e.g. when the build is aborted. The canary or production deployment in progress is stopped
 * with rollback, as the {@code codeDeploy} step does. A rollback of the canary in progress is left to finish: stopping
 * it with rollback would put the failed revision back. While the canary is watched nothing deploys, so nothing is
 * stopped and nothing new is started.
 */
final class ReleaseStop {
    private final DeploymentFollower follower;
    private final ReleasePlan plan;

    ReleaseStop(DeploymentFollower follower, ReleasePlan plan) {
        this.follower = follower;
        this.plan = plan;
    }

    List<String> stop(ReleaseState state) {
        return switch (state.phase()) {
            case CANARY_DEPLOY, PROMOTE -> stopDeployment(state);
            case WATCH, AWAITING_DECISION ->
                List.of("Canary release stopped while "
                        + (state.awaitingDecision() ? "waiting for a decision" : "watching the canary")
                        + ": nothing is deploying; " + plan.canaryGroup() + " keeps " + state.revision()
                        + " (deployment "
                        + state.canaryDeploymentId() + "), " + plan.productionGroup() + " was not touched");
            case ROLLBACK ->
                List.of("Canary release stopped while deployment " + state.rollbackDeploymentId()
                        + " rolls " + plan.canaryGroup() + " back to "
                        + state.rollbackTarget().explanation()
                        + "; it is left to finish, so that the canary gets its previous revision back");
            case DONE -> List.of("Canary release stopped after it had ended; nothing to stop");
        };
    }

    private List<String> stopDeployment(ReleaseState state) {
        FollowState follow = state.follow();
        if (follow == null) {
            return List.of("Canary release stopped in phase " + state.phase() + " with no deployment to stop");
        }
        String id = follow.deploymentId();
        String what = state.phase() == ReleasePhase.PROMOTE ? "production" : "canary";
        try {
            String status = follower.stop(id, true);
            return List.of("Canary release stopped: stopping " + what + " deployment " + id + " to "
                    + follow.deploymentGroup() + " with rollback (" + status + ")"
                    + (state.phase() == ReleasePhase.CANARY_DEPLOY ? "; nothing was promoted" : ""));
        } catch (DeploymentException e) {
            return List.of("Canary release stopped, but " + what + " deployment " + id + " could not be stopped: "
                    + e.getMessage());
        }
    }
}
