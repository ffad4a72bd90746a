package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.codedeploy.model.DeploymentOverview;
import software.amazon.awssdk.services.codedeploy.model.TargetStatus;

/**
 * One round of target reads within a number of calls. Lists the target ids only when they are not known yet or their
 * number changed. Reads only targets never read and those whose status may have moved since; when many of them may
 * still be Pending and it saves calls, first asks ListDeploymentTargets which are (TargetStatus filter) and leaves
 * those out. Reads the rest, those last seen Pending after the others and least recently read first, 25 a call, as
 * far as the calls allow; the next round goes on.
 * The last round, at the deployment's end, also reads every target never read, so that each shows its events.
 */
final class TargetRefresh {
    /** The calls a round may make beyond its limit: listing the ids, listing the pending targets, one batch. */
    static final int MAX_OVERRUN = 2;

    private static final String PENDING = TargetStatus.PENDING.toString();

    private final TargetReader reader;
    private final TargetTracking tracking;

    @CheckForNull
    private final DeploymentOverview counts;

    private final boolean last;
    private final Map<String, Long> seen; // how many targets were last seen with each status

    /** {@code counts}: the deployment's overview now, or null to read every target; {@code last}: at the end. */
    TargetRefresh(TargetReader reader, TargetTracking tracking, @CheckForNull DeploymentOverview counts, boolean last) {
        this.reader = reader;
        this.tracking = tracking;
        this.counts = counts;
        this.last = last;
        this.seen =
                tracking.all().stream().collect(Collectors.groupingBy(TargetProgress::status, Collectors.counting()));
    }

    /**
     * Reads with at most {@code maxCalls} calls, targets in progress first. A round makes the calls it cannot do
     * without even beyond that (listing the ids or the pending targets, one BatchGetDeploymentTargets): at most
     * {@link #MAX_OVERRUN} more.
     */
    TargetRound run(int maxCalls) {
        List<String> ids = tracking.targetIds();
        if (ids.isEmpty() || counts != null && ids.size() != total(counts)) {
            ids = reader.ids();
        }
        List<String> stale = stale(ids);
        Set<String> stillPending = stillPending(stale);
        stale.removeAll(stillPending);
        stale.sort(Comparator.comparing(this::lastSeenPending)
                .thenComparing(tracking::readAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
        long batches = Math.max(1, (long) maxCalls - reader.calls());
        int chosen = (int) Math.min(stale.size(), batches * TargetReader.MAX_IDS_PER_CALL);
        List<TargetProgress> fresh = chosen == 0 ? List.of() : reader.read(stale.subList(0, chosen));
        return new TargetRound(ids, fresh, stillPending, chosen == stale.size(), reader.calls());
    }

    private boolean lastSeenPending(String id) {
        TargetProgress known = tracking.progress(id);
        return known != null && known.status().equals(PENDING);
    }

    private List<String> stale(List<String> ids) {
        List<String> stale = new ArrayList<>();
        for (String id : ids) {
            TargetProgress known = tracking.progress(id);
            if (known == null || mayHaveMoved(known.status()) || last && tracking.readAt(id) == null) {
                stale.add(id);
            }
        }
        return stale;
    }

    /**
     * Whether a target last seen with this status may have changed. Targets only move forward (Pending, InProgress,
     * then Succeeded, Failed or Skipped; blue/green ones Ready, then Succeeded), so one can have left its status
     * only when fewer targets have it now than were seen with it. Targets in progress change all the time; without
     * counts, any target may have.
     */
    private boolean mayHaveMoved(String status) {
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
        return now < seen.getOrDefault(status, 0L);
    }

    /** Of the stale targets never read or last seen Pending, those Pending still, when asking saves calls. */
    private Set<String> stillPending(List<String> stale) {
        if (counts == null || last) {
            return Set.of();
        }
        List<String> candidates = stale.stream()
                .filter(id -> {
                    TargetProgress known = tracking.progress(id);
                    return known == null || known.status().equals(PENDING);
                })
                .toList();
        int leftOut = (int) Math.min(candidates.size(), count(counts.pending()));
        int direct = TargetReader.batches(stale.size());
        if (leftOut == 0 || 1 + TargetReader.batches(stale.size() - leftOut) >= direct) {
            return Set.of();
        }
        Set<String> pendingNow = new HashSet<>(reader.ids(TargetStatus.PENDING));
        return candidates.stream().filter(pendingNow::contains).collect(Collectors.toSet());
    }

    private static long total(DeploymentOverview o) {
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
