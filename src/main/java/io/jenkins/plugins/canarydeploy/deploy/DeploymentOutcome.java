package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of a followed deployment: verdict, final status, error, the alarms that stopped it, rollback details,
 * each target's outcome, and timing ({@code startedAt} when following began, {@code finishedAt} when CodeDeploy
 * completed it). A plain class rather than a record, as everything it holds: a canary release keeps the canary's
 * outcome in its Pipeline-persisted state while it watches, and the Pipeline's serializer cannot restore records.
 */
public final class DeploymentOutcome implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String deploymentId;
    private final String deploymentGroup;
    private final DeploymentVerdict verdict;
    private final String status;

    @CheckForNull
    private final String errorCode;

    @CheckForNull
    private final String errorMessage;

    @CheckForNull
    private final String rollbackDeploymentId;

    private final Instant startedAt;
    private final Instant finishedAt;

    @CheckForNull
    private final String rollbackMessage;

    private final ArrayList<String> alarmNames;
    private final ArrayList<TargetProgress> targets;

    public DeploymentOutcome(
            String deploymentId,
            String deploymentGroup,
            DeploymentVerdict verdict,
            String status,
            @CheckForNull String errorCode,
            @CheckForNull String errorMessage,
            @CheckForNull String rollbackDeploymentId,
            Instant startedAt,
            Instant finishedAt,
            @CheckForNull String rollbackMessage,
            List<String> alarmNames,
            List<TargetProgress> targets) {
        this.deploymentId = deploymentId;
        this.deploymentGroup = deploymentGroup;
        this.verdict = verdict;
        this.status = status;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.rollbackDeploymentId = rollbackDeploymentId;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.rollbackMessage = rollbackMessage;
        this.alarmNames = new ArrayList<>(alarmNames);
        this.targets = new ArrayList<>(targets);
    }

    /** An outcome without alarm names, rollback message and per-target detail. */
    public DeploymentOutcome(
            String deploymentId,
            String deploymentGroup,
            DeploymentVerdict verdict,
            String status,
            @CheckForNull String errorCode,
            @CheckForNull String errorMessage,
            @CheckForNull String rollbackDeploymentId,
            Instant startedAt,
            Instant finishedAt) {
        this(
                deploymentId,
                deploymentGroup,
                verdict,
                status,
                errorCode,
                errorMessage,
                rollbackDeploymentId,
                startedAt,
                finishedAt,
                null,
                List.of(),
                List.of());
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String deploymentGroup() {
        return deploymentGroup;
    }

    public DeploymentVerdict verdict() {
        return verdict;
    }

    /** CodeDeploy's final status: Succeeded, Failed or Stopped. */
    public String status() {
        return status;
    }

    @CheckForNull
    public String errorCode() {
        return errorCode;
    }

    @CheckForNull
    public String errorMessage() {
        return errorMessage;
    }

    @CheckForNull
    public String rollbackDeploymentId() {
        return rollbackDeploymentId;
    }

    /** When following began. */
    public Instant startedAt() {
        return startedAt;
    }

    /** When CodeDeploy completed the deployment (or following ended, for a timeout). */
    public Instant finishedAt() {
        return finishedAt;
    }

    @CheckForNull
    public String rollbackMessage() {
        return rollbackMessage;
    }

    /** The CloudWatch alarms that stopped the deployment; empty unless it was {@code STOPPED_BY_ALARM}. */
    public List<String> alarmNames() {
        return List.copyOf(alarmNames);
    }

    /** Each target's last seen progress, in CodeDeploy's order. */
    public List<TargetProgress> targets() {
        return List.copyOf(targets);
    }

    public boolean succeeded() {
        return verdict == DeploymentVerdict.SUCCEEDED;
    }

    /** SUCCESS, UNSTABLE (an alarm stopped it) or FAILURE. */
    public BuildResult buildResult() {
        return verdict.buildResult();
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    /** The targets whose deployment failed, with their failed hook and diagnostics. */
    public List<TargetProgress> failedTargets() {
        return targets.stream().filter(t -> t.status().equals("Failed")).toList();
    }

    @Override
    public String toString() {
        return summary();
    }

    /** One line for the build log. */
    public String summary() {
        StringBuilder line = new StringBuilder("Deployment ")
                .append(deploymentId)
                .append(" to ")
                .append(deploymentGroup)
                .append(": ")
                .append(status);
        if (errorCode != null) {
            line.append(" (")
                    .append(errorCode)
                    .append(errorMessage == null ? "" : ": " + errorMessage)
                    .append(')');
        }
        if (!alarmNames.isEmpty()) {
            line.append("; alarms: ").append(String.join(", ", alarmNames));
        }
        List<TargetProgress> failed = failedTargets();
        if (!failed.isEmpty()) {
            line.append("; failed targets: ")
                    .append(String.join(
                            ", ", failed.stream().map(TargetProgress::toString).toList()));
        }
        if (rollbackDeploymentId != null) {
            line.append("; rollback deployment ").append(rollbackDeploymentId);
        }
        return line.append(" after ")
                .append(duration().toSeconds())
                .append(" s")
                .toString();
    }

    /** The per-target table for the build log: target, status, failed hook and error code, then any log tail. */
    public List<String> targetTable() {
        List<String> lines = new ArrayList<>();
        for (TargetProgress target : targets) {
            lines.add(String.format(
                            "  %-24s %-11s %s",
                            target.targetId(),
                            target.status(),
                            target.failedHook() == null ? "" : target.failedHook() + " " + target.errorCode())
                    .stripTrailing());
            if (target.failedHook() != null) {
                lines.addAll(TargetLog.failure(target));
            }
        }
        return lines;
    }

    /** The outcome as plain values, for a Pipeline script to read. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("deploymentId", deploymentId);
        map.put("deploymentGroup", deploymentGroup);
        map.put("verdict", verdict.name());
        map.put("result", buildResult().name());
        map.put("status", status);
        map.put("errorCode", errorCode);
        map.put("errorMessage", errorMessage);
        map.put("alarmNames", new ArrayList<>(alarmNames));
        map.put("rollbackDeploymentId", rollbackDeploymentId);
        map.put("rollbackMessage", rollbackMessage);
        map.put("startedAt", startedAt.toString());
        map.put("finishedAt", finishedAt.toString());
        map.put("durationSeconds", duration().toSeconds());
        List<Map<String, Object>> rows = new ArrayList<>();
        targets.forEach(target -> rows.add(target.toMap()));
        map.put("targets", rows);
        return map;
    }
}
