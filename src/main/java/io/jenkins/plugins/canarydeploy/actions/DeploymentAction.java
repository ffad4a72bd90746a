package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOutcome;
import io.jenkins.plugins.canarydeploy.deploy.StatusChange;
import io.jenkins.plugins.canarydeploy.deploy.TargetProgress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows one deployment on the build's summary: group, status, how long it took, why it ended, rollback, alarms, a
 * link to the AWS console and a table of its targets with the failed hook and log tail of each.
 */
public class DeploymentAction extends SummaryAction {
    private final String deploymentId;
    private final String deploymentGroup;
    private final String verdict;
    private final String status;

    @CheckForNull
    private final String error;

    @CheckForNull
    private final String rollbackDeploymentId;

    private final long durationSeconds;
    private final ArrayList<String> alarmNames;
    private final ArrayList<TargetProgress> targets;
    private final ArrayList<StatusChange> history;

    @CheckForNull
    private final String region;

    public DeploymentAction(DeploymentOutcome outcome, List<StatusChange> history, @CheckForNull String region) {
        this.deploymentId = outcome.deploymentId();
        this.deploymentGroup = outcome.deploymentGroup();
        this.verdict = outcome.verdict().name();
        this.status = outcome.status();
        this.error = outcome.errorCode() == null
                ? null
                : outcome.errorCode() + (outcome.errorMessage() == null ? "" : ": " + outcome.errorMessage());
        this.rollbackDeploymentId = outcome.rollbackDeploymentId();
        this.durationSeconds = outcome.duration().toSeconds();
        this.alarmNames = new ArrayList<>(outcome.alarmNames());
        this.targets = new ArrayList<>(outcome.targets());
        this.history = new ArrayList<>(history);
        this.region = region;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public String getDeploymentGroup() {
        return deploymentGroup;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getStatus() {
        return status;
    }

    @CheckForNull
    public String getError() {
        return error;
    }

    @CheckForNull
    public String getRollbackDeploymentId() {
        return rollbackDeploymentId;
    }

    public long getDurationSeconds() {
        return durationSeconds;
    }

    public List<String> getAlarmNames() {
        return List.copyOf(alarmNames);
    }

    /** The statuses the deployment went through, with the seconds since it started when each was seen. */
    public List<String> getTimeline() {
        List<String> lines = new ArrayList<>();
        for (StatusChange change : history) {
            long seconds =
                    Duration.between(history.get(0).seenAt(), change.seenAt()).toSeconds();
            lines.add("+" + seconds + " s " + change.status());
        }
        return lines;
    }

    public List<TargetProgress> getTargets() {
        return List.copyOf(targets);
    }

    /** The deployment in the AWS console, when the region is known. */
    @CheckForNull
    public String getConsoleUrl() {
        if (region == null) {
            return null;
        }
        String encoded = URLEncoder.encode(region, StandardCharsets.UTF_8);
        return "https://" + encoded + ".console.aws.amazon.com/codesuite/codedeploy/deployments/"
                + URLEncoder.encode(deploymentId, StandardCharsets.UTF_8) + "?region=" + encoded;
    }

    /** The symbol of the verdict: a passed, an unstable or a failed build. */
    public String getIcon() {
        return switch (verdict) {
            case "SUCCEEDED" -> "symbol-status-blue";
            case "STOPPED_BY_ALARM" -> "symbol-status-yellow";
            default -> "symbol-status-red";
        };
    }

    @Override
    public String getDisplayName() {
        return "CodeDeploy deployment " + deploymentId;
    }
}
