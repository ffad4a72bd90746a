package io.jenkins.plugins.canarydeploy.quality.gate;

import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcomes of all gates of one recording, in the order of the gates, and the worst of them. A plain
 * serializable class, kept with the results on the build.
 */
public final class GateOutcomes implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ArrayList<GateOutcome> outcomes;

    GateOutcomes(List<GateOutcome> outcomes) {
        this.outcomes = new ArrayList<>(outcomes);
    }

    /** No gates at all. */
    public static GateOutcomes none() {
        return new GateOutcomes(List.of());
    }

    public List<GateOutcome> getOutcomes() {
        return List.copyOf(outcomes);
    }

    public boolean isEmpty() {
        return outcomes.isEmpty();
    }

    /** The worst status of all gates; PASSED when there are no gates, INACTIVE when none was evaluated. */
    public GateStatus getOverallStatus() {
        if (outcomes.isEmpty()) {
            return GateStatus.PASSED;
        }
        GateStatus worst = GateStatus.INACTIVE;
        for (GateOutcome outcome : outcomes) {
            worst = worst.worse(outcome.getStatus());
        }
        return worst;
    }

    /** The build result the gates call for: FAILURE, UNSTABLE or SUCCESS. */
    public BuildResult getBuildResult() {
        return getOverallStatus().buildResult();
    }

    /** The gates that failed (UNSTABLE or FAILED), in order. */
    public List<GateOutcome> getFailed() {
        return outcomes.stream().filter(o -> o.getStatus().isFailure()).toList();
    }

    public long count(GateStatus status) {
        return outcomes.stream().filter(o -> o.getStatus() == status).count();
    }

    /** One line, e.g. "Quality gates: 2 passed, 1 UNSTABLE, 1 not evaluated". */
    public String getSummary() {
        if (outcomes.isEmpty()) {
            return "Quality gates: none configured";
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, GateStatus.PASSED, "passed");
        addPart(parts, GateStatus.UNSTABLE, GateStatus.UNSTABLE.name());
        addPart(parts, GateStatus.FAILED, "FAILED");
        addPart(parts, GateStatus.INACTIVE, "not evaluated");
        return "Quality gates: " + String.join(", ", parts);
    }

    private void addPart(List<String> parts, GateStatus status, String word) {
        long count = count(status);
        if (count > 0) {
            parts.add(String.format(Locale.ROOT, "%d %s", count, word));
        }
    }

    @Override
    public String toString() {
        return getSummary();
    }
}
