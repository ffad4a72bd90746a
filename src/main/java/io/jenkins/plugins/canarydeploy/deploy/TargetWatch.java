package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.DeploymentOverview;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;

/**
 * Reads per-target progress only when it is worth the API calls: when the deployment's overview counts changed
 * since the last read, every {@link #REFRESH} while a target is in progress (so long hooks still show), and once at
 * the end. Target ids are listed again only when their number changes; of the known targets, only those in
 * progress and those whose status the overview says some left are read again.
 */
final class TargetWatch {
    /** How often targets in progress are read when the overview counts stay the same. */
    static final Duration REFRESH = Duration.ofMinutes(2);

    private static final String NOT_STARTED = "DeploymentNotStartedException";

    /** The tracking to keep and the lines to log. */
    record Observation(TargetTracking tracking, List<String> log) {}

    private final TargetReader reader;

    TargetWatch(TargetReader reader) {
        this.reader = reader;
    }

    Observation observe(String deploymentId, TargetTracking tracking, DeploymentInfo info, Instant now) {
        boolean end = DeploymentFollower.isTerminal(info.status());
        if (tracking.isUnavailable() || notStarted(info.status()) || !due(tracking, info, now, end)) {
            return new Observation(tracking, List.of());
        }
        return read(deploymentId, tracking, info.deploymentOverview(), overview(info), now);
    }

    /** Reads now, whatever the counts say (e.g. after stopping a deployment that timed out). */
    Observation readNow(String deploymentId, TargetTracking tracking, Instant now) {
        if (tracking.isUnavailable()) {
            return new Observation(tracking, List.of());
        }
        return read(deploymentId, tracking, null, "", now);
    }

    private Observation read(
            String deploymentId,
            TargetTracking tracking,
            @CheckForNull DeploymentOverview counts,
            String overview,
            Instant now) {
        try {
            List<String> ids = tracking.targetIds();
            if (ids.isEmpty() || ids.size() != total(counts)) {
                ids = reader.ids(deploymentId);
            }
            List<String> stale = new ArrayList<>();
            for (String id : ids) {
                TargetProgress known = tracking.progress(id);
                if (known == null || mayHaveMoved(known.status(), tracking, counts)) {
                    stale.add(id);
                }
            }
            List<TargetProgress> fresh = stale.isEmpty() ? List.of() : reader.read(deploymentId, stale);
            List<String> log = new ArrayList<>();
            fresh.forEach(target -> log.addAll(TargetLog.changes(tracking.progress(target.targetId()), target)));
            return new Observation(tracking.read(ids, fresh, overview, now), log);
        } catch (SdkException e) {
            if (SdkErrors.isTransient(e) || SdkErrors.hasCode(e, NOT_STARTED)) {
                return new Observation(tracking, List.of()); // the next poll tries again
            }
            return new Observation(
                    tracking.unavailable(e.getMessage()),
                    List.of("Cannot read the targets of deployment " + deploymentId + " (" + e.getMessage()
                            + "); following its status only. Allow codedeploy:ListDeploymentTargets and"
                            + " codedeploy:BatchGetDeploymentTargets to see each target's lifecycle events."));
        }
    }

    /**
     * Whether a target last seen with this status may have changed. Targets only move forward (Pending, InProgress,
     * then Succeeded, Failed or Skipped; blue/green ones Ready, then Succeeded), so one can have left its status
     * only when fewer targets have it now than were seen with it. Targets in progress change all the time; without
     * counts, any target may have.
     */
    private static boolean mayHaveMoved(
            String status, TargetTracking tracking, @CheckForNull DeploymentOverview counts) {
        if (counts == null) {
            return true;
        }
        Long now =
                switch (status) {
                    case "Pending" -> counts.pending();
                    case "Succeeded" -> counts.succeeded();
                    case "Failed" -> counts.failed();
                    case "Skipped" -> counts.skipped();
                    case "Ready" -> counts.ready();
                    default -> null;
                };
        if (now == null) {
            return true;
        }
        long seen = tracking.all().stream()
                .filter(target -> target.status().equals(status))
                .count();
        return now < seen;
    }

    private static boolean due(TargetTracking tracking, DeploymentInfo info, Instant now, boolean end) {
        if (end || !overview(info).equals(tracking.readAtOverview())) {
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

    private static long total(@CheckForNull DeploymentOverview o) {
        if (o == null) {
            return -1;
        }
        return count(o.pending())
                + count(o.inProgress())
                + count(o.succeeded())
                + count(o.failed())
                + count(o.skipped())
                + count(o.ready());
    }

    private static long count(@CheckForNull Long value) {
        return value == null ? 0 : value;
    }
}
