package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What following knows about a deployment's targets between polls: their ids, each one's last seen progress, when
 * they were last read and at which overview counts. Immutable; a plain class because {@link FollowState} holds it.
 */
final class TargetTracking implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ArrayList<String> targetIds;
    private final LinkedHashMap<String, TargetProgress> progress;

    @CheckForNull
    private final String readAtOverview;

    @CheckForNull
    private final Instant lastReadAt;

    @CheckForNull
    private final String unavailableReason;

    private TargetTracking(
            List<String> targetIds,
            LinkedHashMap<String, TargetProgress> progress,
            @CheckForNull String readAtOverview,
            @CheckForNull Instant lastReadAt,
            @CheckForNull String unavailableReason) {
        this.targetIds = new ArrayList<>(targetIds);
        this.progress = progress;
        this.readAtOverview = readAtOverview;
        this.lastReadAt = lastReadAt;
        this.unavailableReason = unavailableReason;
    }

    static TargetTracking none() {
        return new TargetTracking(List.of(), new LinkedHashMap<>(), null, null, null);
    }

    /** After a successful read of {@code fresh} targets (the others kept their last progress). */
    TargetTracking read(List<String> ids, List<TargetProgress> fresh, String overview, Instant at) {
        LinkedHashMap<String, TargetProgress> merged = new LinkedHashMap<>();
        for (String id : ids) {
            TargetProgress known = progress.get(id);
            if (known != null) {
                merged.put(id, known);
            }
        }
        fresh.forEach(target -> merged.put(target.targetId(), target));
        return new TargetTracking(ids, merged, overview, at, null);
    }

    /** Targets cannot be read at all (e.g. no permission): following goes on with the deployment's status only. */
    TargetTracking unavailable(String reason) {
        return new TargetTracking(targetIds, progress, readAtOverview, lastReadAt, reason);
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

    /** The deployment overview's counts at the last successful read, or null before the first. */
    @CheckForNull
    String readAtOverview() {
        return readAtOverview;
    }

    @CheckForNull
    Instant lastReadAt() {
        return lastReadAt;
    }

    boolean isUnavailable() {
        return unavailableReason != null;
    }
}
