package io.jenkins.plugins.canarydeploy.deploy;

import java.time.Instant;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.DeploymentOverview;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;
import software.amazon.awssdk.services.codedeploy.model.ErrorCode;
import software.amazon.awssdk.services.codedeploy.model.ErrorInformation;
import software.amazon.awssdk.services.codedeploy.model.RollbackInfo;

/** Turns CodeDeploy's deployment info into log lines and outcomes. */
final class DeploymentDescriptions {
    private DeploymentDescriptions() {}

    static String progress(DeploymentInfo info) {
        StringBuilder line = new StringBuilder("Deployment ")
                .append(info.deploymentId())
                .append(": ")
                .append(info.statusAsString());
        DeploymentOverview overview = info.deploymentOverview();
        if (overview != null) {
            line.append(" (targets: ")
                    .append(overview.succeeded())
                    .append(" succeeded, ")
                    .append(overview.inProgress())
                    .append(" in progress, ")
                    .append(overview.pending())
                    .append(" pending, ")
                    .append(overview.failed())
                    .append(" failed, ")
                    .append(overview.skipped())
                    .append(" skipped)");
        }
        return line.toString();
    }

    static DeploymentOutcome outcome(DeploymentInfo info, FollowState state, Instant now) {
        ErrorInformation error = info.errorInformation();
        RollbackInfo rollback = info.rollbackInfo();
        Instant finished = info.completeTime() == null ? now : info.completeTime();
        return new DeploymentOutcome(
                info.deploymentId(),
                state.deploymentGroup(),
                verdict(info),
                info.statusAsString(),
                error == null ? null : error.codeAsString(),
                error == null ? null : error.message(),
                rollback == null ? null : rollback.rollbackDeploymentId(),
                state.startedAt(),
                finished);
    }

    static DeploymentVerdict verdict(DeploymentInfo info) {
        if (info.status() == DeploymentStatus.SUCCEEDED) {
            return DeploymentVerdict.SUCCEEDED;
        }
        if (info.status() == DeploymentStatus.FAILED) {
            return DeploymentVerdict.FAILED;
        }
        ErrorInformation error = info.errorInformation();
        boolean alarm = error != null && error.code() == ErrorCode.ALARM_ACTIVE;
        return alarm ? DeploymentVerdict.STOPPED_BY_ALARM : DeploymentVerdict.STOPPED;
    }
}
