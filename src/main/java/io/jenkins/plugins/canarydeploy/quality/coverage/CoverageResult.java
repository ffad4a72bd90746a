package io.jenkins.plugins.canarydeploy.quality.coverage;

import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The compact result of recording coverage: which reports were read (and which were skipped as bad), the totals
 * per metric, other values the reports carry (tests, complexity, ...) and one row per package and per file. No
 * source code and no line details, so that it travels cheaply from the agent and fits in its own file in the build
 * folder ({@link CoverageResultFile}). A plain serializable class, kept by a build action.
 */
public final class CoverageResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CoverageFormat format;
    private final ArrayList<String> reports;
    private final ArrayList<String> problems;
    private final ArrayList<CoverageCounter> totals;
    private final TreeMap<String, Double> otherValues;
    private final ArrayList<CoverageRow> packages;
    private final ArrayList<CoverageRow> files;

    private CoverageResult(Builder builder) {
        this.format = builder.format;
        this.reports = new ArrayList<>(builder.reports);
        this.problems = new ArrayList<>(builder.problems);
        this.totals = new ArrayList<>(builder.totals);
        this.otherValues = new TreeMap<>(builder.otherValues);
        this.packages = new ArrayList<>(builder.packages);
        this.files = new ArrayList<>(builder.files);
    }

    public static Builder builder(CoverageFormat format) {
        return new Builder(format);
    }

    public CoverageFormat getFormat() {
        return format;
    }

    /** The names of the reports read, relative to the workspace. */
    public List<String> getReports() {
        return List.copyOf(reports);
    }

    /** Reports that were skipped because they could not be read, each naming its file. */
    public List<String> getProblems() {
        return List.copyOf(problems);
    }

    /** One counter for each metric the reports have, in {@link CoverageMetric} order. */
    public List<CoverageCounter> getTotals() {
        return List.copyOf(totals);
    }

    public Optional<CoverageCounter> total(CoverageMetric metric) {
        return totals.stream().filter(c -> c.getMetric() == metric).findFirst();
    }

    /** Values other than coverage, by coverage-model's metric name, e.g. TESTS or CYCLOMATIC_COMPLEXITY. */
    public SortedMap<String, Double> getOtherValues() {
        return Collections.unmodifiableSortedMap(otherValues);
    }

    public List<CoverageRow> getPackages() {
        return List.copyOf(packages);
    }

    public List<CoverageRow> getFiles() {
        return List.copyOf(files);
    }

    /** The totals as percentages under their gate keys ("coverage.line", ...), for quality gates and trends. */
    public MetricValues metricValues() {
        MetricValues values = MetricValues.empty();
        for (CoverageCounter counter : totals) {
            values = values.with(counter.getMetric().key(), counter.getPercentage());
        }
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageResult other
                && format == other.format
                && reports.equals(other.reports)
                && problems.equals(other.problems)
                && totals.equals(other.totals)
                && otherValues.equals(other.otherValues)
                && packages.equals(other.packages)
                && files.equals(other.files);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, reports, problems, totals, otherValues, packages, files);
    }

    @Override
    public String toString() {
        return format + " " + totals + " from " + reports;
    }

    /** Collects the parts of a result. */
    public static final class Builder {
        private final CoverageFormat format;
        private final List<String> reports = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final List<CoverageCounter> totals = new ArrayList<>();
        private final SortedMap<String, Double> otherValues = new TreeMap<>();
        private final List<CoverageRow> packages = new ArrayList<>();
        private final List<CoverageRow> files = new ArrayList<>();

        private Builder(CoverageFormat format) {
            this.format = format;
        }

        public Builder report(String name) {
            reports.add(name);
            return this;
        }

        public Builder problem(String problem) {
            problems.add(problem);
            return this;
        }

        public Builder total(CoverageCounter counter) {
            totals.add(counter);
            return this;
        }

        public Builder otherValue(String name, double value) {
            otherValues.put(name, value);
            return this;
        }

        public Builder packageRow(CoverageRow row) {
            packages.add(row);
            return this;
        }

        public Builder fileRow(CoverageRow row) {
            files.add(row);
            return this;
        }

        public CoverageResult build() {
            totals.sort((a, b) -> a.getMetric().compareTo(b.getMetric()));
            return new CoverageResult(this);
        }
    }
}
