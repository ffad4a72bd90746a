package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What following knows about a deployment's targets between polls: their ids, each one's last seen progress and when
 * it was read, when targets were last read and at which overview counts, whether that read left targets for later,
 * and the budget of target calls. Immutable; a plain class because {@link FollowState} holds it.
 */
final class TargetTracking implements Serializable {
    private static final long serialVersionUID = 1L;

    private ArrayList<String> targetIds;
    private LinkedHashMap<String, TargetProgress> progress;

    @CheckForNull
    private String readAtOverview;

    @CheckForNull
    private Instant lastReadAt;

    @CheckForNull
    private String unavailableReason;

    @CheckForNull
    private HashMap<String, Instant> readAt; // null in states saved before reads were spread

    @CheckForNull
    private TargetCallBudget budget; // likewise

    private boolean behind;

    private TargetTracking(List<String> targetIds, LinkedHashMap<String, TargetProgress> progress) {
        this.targetIds = new ArrayList<>(targetIds);
        this.progress = progress;
    }

    private TargetTracking copy() {
        TargetTracking copy = new TargetTracking(targetIds, progress);
        copy.readAtOverview = readAtOverview;
        copy.lastReadAt = lastReadAt;
        copy.unavailableReason = unavailableReason;
        copy.readAt = readAt;
        copy.budget = budget;
        copy.behind = behind;
        return copy;
    }

    static TargetTracking none() {
        return new TargetTracking(List.of(), new LinkedHashMap<>());
    }

    /**
     * After a round of reads at {@code at}: the fresh targets replace what was known of them, targets listed as
     * Pending and never read are known as Pending, and the others keep their last progress.
     */
    TargetTracking read(TargetRound round, String overview, Instant at) {
        LinkedHashMap<String, TargetProgress> merged = new LinkedHashMap<>();
        Map<String, TargetProgress> fresh = new HashMap<>();
        round.fresh().forEach(target -> fresh.put(target.targetId(), target));
        for (String id : round.ids()) {
            TargetProgress known = fresh.getOrDefault(id, progress.get(id));
            if (known == null && round.stillPending().contains(id)) {
                known = TargetProgress.pending(id);
            }
            if (known != null) {
                merged.put(id, known);
            }
        }
        HashMap<String, Instant> times = new HashMap<>(readAt == null ? Map.of() : readAt);
        times.keySet().retainAll(round.ids());
        fresh.keySet().forEach(id -> times.put(id, at));
        TargetTracking next = spent(round.calls(), at);
        next.targetIds = new ArrayList<>(round.ids());
        next.progress = merged;
        next.readAtOverview = overview;
        next.lastReadAt = at;
        next.readAt = times;
        next.behind = !round.complete();
        return next;
    }

    /** After {@code calls} target calls at {@code at}, whatever they brought. */
    TargetTracking spent(int calls, Instant at) {
        TargetTracking next = copy();
        next.budget = budget().spent(calls, at);
        return next;
    }

    /** Targets cannot be read at all (e.g. no permission): following goes on with the deployment's status only. */
    TargetTracking unavailable(String reason) {
        TargetTracking next = copy();
        next.unavailableReason = reason;
        return next;
    }

    List<String> targetIds() {
        return List.copyOf(targetIds);
    }

    @CheckForNull
    TargetProgress progress(String targetId) {
        return progress.get(targetId);
    }

    /** Every target's last seen progress, in CodeDeploy's order. */
    List<TargetProgress> all() {
        return List.copyOf(progress.values());
    }

    /** When BatchGetDeploymentTargets last described this target, or null if it never did. */
    @CheckForNull
    Instant readAt(String targetId) {
        return readAt == null ? null : readAt.get(targetId);
    }

    /** The deployment overview's counts at the last successful read, or null before the first. */
    @CheckForNull
    String readAtOverview() {
        return readAtOverview;
    }

    @CheckForNull
    Instant lastReadAt() {
        return lastReadAt;
    }

    /** The last read left targets that may have moved unread, for want of calls. */
    boolean isBehind() {
        return behind;
    }

    TargetCallBudget budget() {
        return budget == null ? TargetCallBudget.full() : budget;
    }

    boolean isUnavailable() {
        return unavailableReason != null;
    }
}
