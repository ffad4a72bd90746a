package io.jenkins.plugins.canarydeploy.canary.release;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.CanaryVerdict;
import io.jenkins.plugins.canarydeploy.canary.FiringAlert;
import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOutcome;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a canary release went: the canary deployment's outcome, the canary verdict with its alerts, how a verdict
 * without data was decided, the production deployment (when promoted) and the rollback of the canary (its deployment,
 * or why there was none). A plain serializable class, immutable: while the release runs, its {@link ReleaseState}
 * keeps what is known so far.
 */
public final class ReleaseOutcome implements Serializable {
    private static final long serialVersionUID = 1L;

    private final S3Revision revision;
    private final DeploymentOutcome canary;

    @CheckForNull
    private CanaryDecision canaryDecision;

    @CheckForNull
    private ReleaseDecision noDataDecision;

    @CheckForNull
    private DeploymentOutcome production;

    @CheckForNull
    private DeploymentOutcome rollback;

    @CheckForNull
    private String rollbackNote;

    @CheckForNull
    private String failure;

    private ReleaseOutcome(S3Revision revision, DeploymentOutcome canary) {
        this.revision = revision;
        this.canary = canary;
    }

    private ReleaseOutcome copy() {
        ReleaseOutcome copy = new ReleaseOutcome(revision, canary);
        copy.canaryDecision = canaryDecision;
        copy.noDataDecision = noDataDecision;
        copy.production = production;
        copy.rollback = rollback;
        copy.rollbackNote = rollbackNote;
        copy.failure = failure;
        return copy;
    }

    static ReleaseOutcome canaryDeployed(S3Revision revision, DeploymentOutcome canary) {
        return new ReleaseOutcome(revision, canary);
    }

    ReleaseOutcome watched(CanaryDecision decision) {
        ReleaseOutcome next = copy();
        next.canaryDecision = decision;
        return next;
    }

    ReleaseOutcome decided(ReleaseDecision decision) {
        ReleaseOutcome next = copy();
        next.noDataDecision = decision;
        return next;
    }

    ReleaseOutcome promoted(DeploymentOutcome outcome) {
        ReleaseOutcome next = copy();
        next.production = outcome;
        return next;
    }

    ReleaseOutcome rolledBack(DeploymentOutcome outcome) {
        ReleaseOutcome next = copy();
        next.rollback = outcome;
        return next;
    }

    ReleaseOutcome rollbackNote(String note) {
        ReleaseOutcome next = copy();
        next.rollbackNote = note;
        return next;
    }

    ReleaseOutcome failed(String why) {
        ReleaseOutcome next = copy();
        next.failure = why;
        return next;
    }

    /** The revision released: the canary and production got exactly this one. */
    public S3Revision revision() {
        return revision;
    }

    public DeploymentOutcome canary() {
        return canary;
    }

    /** The watch's verdict and the alerts that decided it; null when the canary deployment did not succeed. */
    @CheckForNull
    public CanaryDecision canaryDecision() {
        return canaryDecision;
    }

    @CheckForNull
    public CanaryVerdict verdict() {
        return canaryDecision == null ? null : canaryDecision.verdict();
    }

    /** How a NO_DATA verdict was decided (by the plan or a person); null for other verdicts. */
    @CheckForNull
    public ReleaseDecision noDataDecision() {
        return noDataDecision;
    }

    /** The production deployment; null when the release did not promote. */
    @CheckForNull
    public DeploymentOutcome production() {
        return production;
    }

    /** The deployment that gave the canary group its previous revision back; null when there was none. */
    @CheckForNull
    public DeploymentOutcome rollback() {
        return rollback;
    }

    /** What the rollback deployed, or why the canary was not rolled back; null when there was no need. */
    @CheckForNull
    public String rollbackNote() {
        return rollbackNote;
    }

    /** Why the release failed apart from a deployment's own outcome, e.g. CodeDeploy refused a deployment. */
    @CheckForNull
    public String failure() {
        return failure;
    }

    /** The revision reached production: the production deployment succeeded. */
    public boolean promoted() {
        return production != null && production.succeeded();
    }

    /**
     * SUCCESS once production has the revision. A canary that failed (or had no data, decided as failed) is UNSTABLE:
     * it did its job. A deployment that failed (canary, production or rollback) or could not be created is FAILURE;
     * a deployment that its own CloudWatch alarms stopped is UNSTABLE, as for {@code codeDeploy}.
     */
    public BuildResult buildResult() {
        if (failure != null) {
            return BuildResult.FAILURE;
        }
        if (!canary.succeeded()) {
            return canary.buildResult();
        }
        if (production != null) {
            return production.buildResult();
        }
        if (rollback != null && !rollback.succeeded()) {
            return BuildResult.FAILURE;
        }
        return BuildResult.UNSTABLE;
    }

    /** One line for the build log. */
    public String summary() {
        StringBuilder line =
                new StringBuilder("Canary release of ").append(revision).append(": ");
        line.append("canary deployment ").append(deployment(canary));
        if (canaryDecision != null) {
            line.append("; canary ").append(canaryDecision);
        }
        if (noDataDecision != null) {
            line.append(
                    noDataDecision == ReleaseDecision.PROMOTE ? " (promoted all the same)" : " (treated as failed)");
        }
        if (production != null) {
            line.append("; production deployment ").append(deployment(production));
        } else if (canary.succeeded()) {
            line.append("; not promoted");
        }
        if (rollback != null) {
            line.append("; rollback deployment ").append(deployment(rollback));
        } else if (rollbackNote != null) {
            line.append("; canary not rolled back: ").append(rollbackNote);
        }
        if (failure != null) {
            line.append("; ").append(failure);
        }
        return line.append(" => ").append(buildResult()).toString();
    }

    private static String deployment(DeploymentOutcome outcome) {
        return outcome.deploymentId() + " to " + outcome.deploymentGroup() + " " + outcome.status()
                + (outcome.errorCode() == null ? "" : " (" + outcome.errorCode() + ")");
    }

    /** The outcome as plain values, for a Pipeline script to read. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("result", buildResult().name());
        map.put("promoted", promoted());
        map.put("revision", revision.toArguments());
        map.put("canary", canary.toMap());
        map.put(
                "verdict",
                canaryDecision == null ? null : canaryDecision.verdict().name());
        map.put("verdictSummary", canaryDecision == null ? null : canaryDecision.summary());
        List<String> alerts = new ArrayList<>();
        if (canaryDecision != null) {
            canaryDecision.alerts().stream().map(FiringAlert::describe).forEach(alerts::add);
        }
        map.put("alerts", alerts);
        map.put("noDataDecision", noDataDecision == null ? null : noDataDecision.name());
        map.put("production", production == null ? null : production.toMap());
        map.put("rollback", rollback == null ? null : rollback.toMap());
        map.put("rollbackNote", rollbackNote);
        map.put("failure", failure);
        map.put("summary", summary());
        return map;
    }

    @Override
    public String toString() {
        return summary();
    }
}
