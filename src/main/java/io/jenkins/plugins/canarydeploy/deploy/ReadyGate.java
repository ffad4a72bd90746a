package io.jenkins.plugins.canarydeploy.deploy;

import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;
import software.amazon.awssdk.services.codedeploy.model.DeploymentWaitType;

/**
 * The Ready state of a blue/green deployment, where the new targets wait for traffic: continues at once or waits for
 * approval, as the state's {@link ReadyPolicy} says. ContinueDeployment is sent at most once per deployment.
 */
final class ReadyGate {
    private static final String NOT_READY = "DeploymentIsNotInReadyStateException";

    private final CodeDeployClient client;
    private final PollSchedule schedule;

    ReadyGate(CodeDeployClient client, PollSchedule schedule) {
        this.client = client;
        this.schedule = schedule;
    }

    /** The state after a poll that saw {@code info}; adds what it did to {@code log}. */
    FollowState handle(DeploymentInfo info, FollowState state, List<String> log) {
        if (info.status() != DeploymentStatus.READY || state.continueRequested()) {
            return state.awaitingApproval() ? state.awaitingApproval(false) : state;
        }
        if (state.readyPolicy() == ReadyPolicy.CONTINUE) {
            try {
                return continueNow(state, "ready policy is continue", log);
            } catch (DeploymentException e) {
                if (e.getCause() instanceof SdkException sdk && SdkErrors.isTransient(sdk)) {
                    log.add(e.getMessage() + "; trying again on the next poll");
                    return state;
                }
                throw e;
            }
        }
        if (!state.awaitingApproval()) {
            log.add("Deployment " + state.deploymentId() + " is Ready: waiting for approval to reroute traffic"
                    + " (approve it here, or continue it in the CodeDeploy console)");
        }
        return state.awaitingApproval(true);
    }

    /**
     * Sends ContinueDeployment (READY_WAIT). A deployment not Ready (not yet, or no longer) is left as it is, and a
     * later Ready is handled as usual.
     */
    FollowState continueNow(FollowState state, String why, List<String> log) {
        String id = state.deploymentId();
        try {
            client.continueDeployment(r -> r.deploymentId(id).deploymentWaitType(DeploymentWaitType.READY_WAIT));
        } catch (SdkException e) {
            if (!SdkErrors.hasCode(e, NOT_READY)) {
                throw new DeploymentException("Could not continue deployment " + id + ": " + e.getMessage(), e);
            }
            log.add("Deployment " + id + " is not Ready; nothing to continue");
            return state.awaitingApproval(false);
        }
        log.add("Deployment " + id + ": rerouting traffic to the new targets (" + why + ")");
        return state.continued(schedule.initial());
    }
}
