package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * New and fixed issues of a build against its reference build, tool by tool. Issues match by {@link Fingerprint},
 * which leaves out line numbers, so moved lines change nothing. Fingerprints are counted: when a fingerprint occurs
 * three times now and twice in the reference, one issue is new. Without a reference build nothing is new or fixed
 * (as in warnings-ng); a tool the reference did not record has only new issues.
 */
public final class LintDelta {
    private final boolean hasReference;
    private final List<ToolDelta> tools;

    private LintDelta(boolean hasReference, List<ToolDelta> tools) {
        this.hasReference = hasReference;
        this.tools = List.copyOf(tools);
    }

    /** Compares {@code current} with {@code reference}, which is null when there is no reference build. */
    public static LintDelta between(LintResult current, @CheckForNull LintResult reference) {
        List<ToolDelta> tools = new ArrayList<>();
        for (ToolResult tool : current.getTools()) {
            if (reference == null) {
                tools.add(new ToolDelta(tool.getId(), 0, 0, List.of(), List.of()));
            } else {
                Optional<ToolResult> before = reference.getTool(tool.getId());
                tools.add(before.isPresent() ? compare(tool, before.get()) : allNew(tool));
            }
        }
        return new LintDelta(reference != null, tools);
    }

    /** Whether there was a reference build to compare with. */
    public boolean hasReference() {
        return hasReference;
    }

    public List<ToolDelta> getTools() {
        return tools;
    }

    public Optional<ToolDelta> getTool(String id) {
        return tools.stream().filter(tool -> tool.id().equals(id)).findFirst();
    }

    public int getNewCount() {
        return tools.stream().mapToInt(ToolDelta::newCount).sum();
    }

    public int getFixedCount() {
        return tools.stream().mapToInt(ToolDelta::fixedCount).sum();
    }

    private static ToolDelta allNew(ToolResult tool) {
        return new ToolDelta(tool.getId(), tool.getTotal(), 0, tool.getRows(), List.of());
    }

    private static ToolDelta compare(ToolResult current, ToolResult reference) {
        Map<Long, Integer> added = surplus(current.fingerprints(), reference.fingerprints());
        Map<Long, Integer> removed = surplus(reference.fingerprints(), current.fingerprints());
        return new ToolDelta(
                current.getId(),
                sum(added),
                sum(removed),
                pick(current.getRows(), added),
                pick(reference.getRows(), removed));
    }

    /** How many more times each fingerprint occurs in {@code these} than in {@code those}; both sorted. */
    private static Map<Long, Integer> surplus(long[] these, long[] those) {
        Map<Long, Integer> surplus = new HashMap<>();
        int i = 0;
        int j = 0;
        while (i < these.length) {
            long value = these[i];
            int mine = 0;
            while (i < these.length && these[i] == value) {
                mine++;
                i++;
            }
            while (j < those.length && those[j] < value) {
                j++;
            }
            int theirs = 0;
            while (j < those.length && those[j] == value) {
                theirs++;
                j++;
            }
            if (mine > theirs) {
                surplus.put(value, mine - theirs);
            }
        }
        return surplus;
    }

    /** The rows whose fingerprint has a surplus, the last ones in table order first taking it. */
    private static List<IssueRow> pick(List<IssueRow> rows, Map<Long, Integer> surplus) {
        Map<Long, Integer> left = new HashMap<>(surplus);
        List<IssueRow> picked = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            IssueRow row = rows.get(i);
            int count = left.getOrDefault(row.getFingerprint(), 0);
            if (count > 0) {
                left.put(row.getFingerprint(), count - 1);
                picked.add(row);
            }
        }
        Collections.reverse(picked);
        return picked;
    }

    private static int sum(Map<Long, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
