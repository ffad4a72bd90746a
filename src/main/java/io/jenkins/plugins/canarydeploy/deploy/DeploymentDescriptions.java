package io.jenkins.plugins.canarydeploy.deploy;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.DeploymentOverview;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;
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
                    .append(" skipped");
            if (overview.ready() != null && overview.ready() > 0) {
                line.append(", ").append(overview.ready()).append(" ready");
            }
            line.append(')');
        }
        return line.toString();
    }

    /** The outcome of a deployment that reached a terminal status; {@code groupAlarms} is read only if needed. */
    static DeploymentOutcome outcome(
            DeploymentInfo info, FollowState state, Instant now, Supplier<List<String>> groupAlarms) {
        ErrorInformation error = info.errorInformation();
        RollbackInfo rollback = info.rollbackInfo();
        DeploymentVerdict verdict = verdict(info);
        Instant finished = info.completeTime() == null ? now : info.completeTime();
        return new DeploymentOutcome(
                info.deploymentId(),
                state.deploymentGroup(),
                verdict,
                info.statusAsString(),
                error == null ? null : error.codeAsString(),
                error == null ? null : error.message(),
                rollback == null ? null : rollback.rollbackDeploymentId(),
                state.startedAt(),
                finished,
                rollback == null ? null : rollback.rollbackMessage(),
                verdict == DeploymentVerdict.STOPPED_BY_ALARM ? AlarmNames.of(info, groupAlarms) : List.of(),
                state.targets());
    }

    static DeploymentVerdict verdict(DeploymentInfo info) {
        if (info.status() == DeploymentStatus.SUCCEEDED) {
            return DeploymentVerdict.SUCCEEDED;
        }
        if (info.status() == DeploymentStatus.FAILED) {
            return DeploymentVerdict.FAILED;
        }
        return AlarmNames.stoppedByAlarm(info) ? DeploymentVerdict.STOPPED_BY_ALARM : DeploymentVerdict.STOPPED;
    }
}
