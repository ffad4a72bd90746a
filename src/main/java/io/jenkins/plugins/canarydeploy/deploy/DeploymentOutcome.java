package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The end of a followed deployment: verdict, final status, error and rollback details, timing. */
public record DeploymentOutcome(
        String deploymentId,
        String deploymentGroup,
        DeploymentVerdict verdict,
        String status,
        @CheckForNull String errorCode,
        @CheckForNull String errorMessage,
        @CheckForNull String rollbackDeploymentId,
        Instant startedAt,
        Instant finishedAt)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean succeeded() {
        return verdict == DeploymentVerdict.SUCCEEDED;
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
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
        if (rollbackDeploymentId != null) {
            line.append("; rollback deployment ").append(rollbackDeploymentId);
        }
        return line.append(" after ")
                .append(duration().toSeconds())
                .append(" s")
                .toString();
    }

    /** The outcome as plain values, for a Pipeline script to read. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("deploymentId", deploymentId);
        map.put("deploymentGroup", deploymentGroup);
        map.put("verdict", verdict.name());
        map.put("status", status);
        map.put("errorCode", errorCode);
        map.put("errorMessage", errorMessage);
        map.put("rollbackDeploymentId", rollbackDeploymentId);
        map.put("durationSeconds", duration().toSeconds());
        return map;
    }
}
