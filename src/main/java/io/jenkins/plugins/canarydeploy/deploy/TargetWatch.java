package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.DeploymentOverview;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;

/**
 * Reads per-target progress only when it is worth the API calls: when the deployment's overview counts changed
 * since the last read, while a read left targets for later, every {@link #REFRESH} while a target is in progress (so
 * long hooks still show), and once at the end. Until the end, reads stay within the {@link TargetCallBudget}; the
 * last read takes what it needs. Which targets a read asks for is {@link TargetRefresh}'s business.
 */
final class TargetWatch {
    /** How often targets in progress are read when the overview counts stay the same. */
    static final Duration REFRESH = Duration.ofMinutes(2);

    private static final String NOT_STARTED = "DeploymentNotStartedException";

    /** The tracking to keep and the lines to log. */
    record Observation(TargetTracking tracking, List<String> log) {}

    private final CodeDeployClient client;

    TargetWatch(CodeDeployClient client) {
        this.client = client;
    }

    Observation observe(String deploymentId, TargetTracking tracking, DeploymentInfo info, Instant now) {
        boolean end = DeploymentFollower.isTerminal(info.status());
        if (tracking.isUnavailable() || notStarted(info.status())) {
            return new Observation(tracking, List.of());
        }
        int calls = end ? Integer.MAX_VALUE : tracking.budget().available(now);
        if (!end && (calls == 0 || !due(tracking, info, now))) {
            return new Observation(tracking, List.of());
        }
        return read(deploymentId, tracking, info.deploymentOverview(), overview(info), now, calls, end);
    }

    /** Reads every target now, whatever the counts say (e.g. after stopping a deployment that timed out). */
    Observation readNow(String deploymentId, TargetTracking tracking, Instant now) {
        if (tracking.isUnavailable()) {
            return new Observation(tracking, List.of());
        }
        return read(deploymentId, tracking, null, "", now, Integer.MAX_VALUE, true);
    }

    private Observation read(
            String deploymentId,
            TargetTracking tracking,
            @CheckForNull DeploymentOverview counts,
            String overview,
            Instant now,
            int calls,
            boolean last) {
        TargetReader reader = new TargetReader(client, deploymentId);
        try {
            TargetRound round = new TargetRefresh(reader, tracking, counts, last).run(calls);
            List<String> log = new ArrayList<>();
            round.fresh()
                    .forEach(target -> log.addAll(TargetLog.changes(tracking.progress(target.targetId()), target)));
            return new Observation(tracking.read(round, overview, now), log);
        } catch (SdkException e) {
            TargetTracking spent = tracking.spent(reader.calls(), now);
            if (SdkErrors.isTransient(e) || SdkErrors.hasCode(e, NOT_STARTED)) {
                return new Observation(spent, List.of()); // a later poll tries again
            }
            return new Observation(
                    spent.unavailable(e.getMessage()),
                    List.of("Cannot read the targets of deployment " + deploymentId + " (" + e.getMessage()
                            + "); following its status only. Allow codedeploy:ListDeploymentTargets and"
                            + " codedeploy:BatchGetDeploymentTargets to see each target's lifecycle events."));
        }
    }

    private static boolean due(TargetTracking tracking, DeploymentInfo info, Instant now) {
        if (tracking.isBehind() || !overview(info).equals(tracking.readAtOverview())) {
            return true;
        }
        DeploymentOverview counts = info.deploymentOverview();
        boolean working = counts != null && counts.inProgress() != null && counts.inProgress() > 0;
        Instant last = tracking.lastReadAt();
        return working && (last == null || !now.isBefore(last.plus(REFRESH)));
    }

    private static boolean notStarted(DeploymentStatus status) {
        return status == DeploymentStatus.CREATED || status == DeploymentStatus.QUEUED;
    }

    /** The overview counts in one comparable text, e.g. {@code P1 I1 S0 F0 K0 R0}; empty when absent. */
    static String overview(DeploymentInfo info) {
        DeploymentOverview o = info.deploymentOverview();
        if (o == null) {
            return "";
        }
        return "P" + o.pending() + " I" + o.inProgress() + " S" + o.succeeded() + " F" + o.failed() + " K" + o.skipped()
                + " R" + o.ready();
    }
}
