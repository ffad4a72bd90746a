package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcome;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.GateScope;
import io.jenkins.plugins.canarydeploy.quality.gate.GateStatus;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the build page shows of a coverage recording: one line per metric (coverage, counts and the change against
 * the reference build) and the quality gates' outcomes. Plain Java, so that pages only print what it says.
 */
public final class CoverageSummaryModel {
    private final CoverageResult result;
    private final GateOutcomes gates;

    @CheckForNull
    private final CoverageResult reference;

    private final String referenceBuild;

    /**
     * @param reference the reference build's result, or null when there is none
     * @param referenceBuild how to name the reference build, e.g. "#41"; ignored when there is no reference
     */
    public CoverageSummaryModel(
            CoverageResult result, GateOutcomes gates, @CheckForNull CoverageResult reference, String referenceBuild) {
        this.result = result;
        this.gates = gates;
        this.reference = reference;
        this.referenceBuild = reference == null ? "" : referenceBuild;
    }

    public List<MetricLine> getMetrics() {
        List<MetricLine> lines = new ArrayList<>();
        for (CoverageCounter counter : result.getTotals()) {
            Optional<CoverageCounter> before =
                    reference == null ? Optional.empty() : reference.total(counter.getMetric());
            lines.add(new MetricLine(counter, before.map(b -> counter.getPercentage() - b.getPercentage())));
        }
        return lines;
    }

    /** The most telling figures in one line, e.g. "Line 85.71%, Branch 62.50%". */
    public String getHeadline() {
        if (result.getTotals().isEmpty()) {
            return "No coverage data";
        }
        return result.getTotals().stream()
                .filter(c -> c.getMetric().ordinal() <= CoverageMetric.METHOD.ordinal())
                .map(c -> c.getMetric().label() + " " + c.getPercentageText())
                .collect(Collectors.joining(", "));
    }

    public List<GateOutcome> getGates() {
        return gates.getOutcomes();
    }

    public GateStatus getOverallStatus() {
        return gates.getOverallStatus();
    }

    public String getGateSummary() {
        return gates.getSummary();
    }

    public String getReferenceBuild() {
        return referenceBuild;
    }

    public boolean hasReference() {
        return reference != null;
    }

    public List<String> getReports() {
        return result.getReports();
    }

    public List<String> getProblems() {
        return result.getProblems();
    }

    public String getFormat() {
        return result.getFormat().displayName();
    }

    /** One metric's line: its coverage, its counts and its change against the reference build. */
    public static final class MetricLine {
        private final CoverageCounter counter;

        @CheckForNull
        private final Double delta;

        MetricLine(CoverageCounter counter, Optional<Double> delta) {
            this.counter = counter;
            this.delta = delta.orElse(null);
        }

        public String getLabel() {
            return counter.getMetric().label();
        }

        public String getKey() {
            return counter.getMetric().key();
        }

        public double getPercentage() {
            return counter.getPercentage();
        }

        public String getPercentageText() {
            return counter.getPercentageText();
        }

        public String getCountText() {
            return counter.getCountText();
        }

        /** The change against the reference build, e.g. "+1.25%"; empty when there is no reference value. */
        public String getDeltaText() {
            return delta == null ? "" : MetricFormat.value(getKey(), GateScope.DELTA, delta);
        }

        /** "up", "down" or "same" for styling; empty when there is no reference value. */
        public String getTrend() {
            if (delta == null) {
                return "";
            }
            return String.format(Locale.ROOT, "%.2f", delta).matches("-?0\\.00") ? "same" : delta > 0 ? "up" : "down";
        }
    }
}
