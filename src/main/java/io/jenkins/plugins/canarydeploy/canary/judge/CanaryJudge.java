package io.jenkins.plugins.canarydeploy.canary.judge;

import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Judges a canary against its baseline, metric by metric, and scores it as Kayenta does: score = passing weight /
 * (weight of PASS, HIGH, LOW and NO_DATA_FAIL metrics) x 100, NO_DATA metrics left out; forced to 0 when a critical
 * metric fails or at least half of the metrics have no data. Pure: the samples come from the caller.
 */
public final class CanaryJudge {
    /** GetMetricData takes at most 500 queries, two per metric. */
    static final int MAX_METRICS = 250;

    private final List<MetricSpec> metrics;
    private final JudgeSettings settings;
    private final MetricClassifier classifier;

    /** @throws io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException naming every bad field */
    public CanaryJudge(List<MetricSpec> metrics, JudgeSettings settings) {
        check(metrics, settings).throwIfAny("The canary judge");
        this.metrics = List.copyOf(metrics);
        this.settings = settings;
        this.classifier = new MetricClassifier(settings);
    }

    /** Every problem of the metrics (fields {@code metrics[i].<field>}) and the settings. */
    public static Problems check(List<MetricSpec> metrics, JudgeSettings settings) {
        Problems problems = new Problems();
        if (metrics.isEmpty()) {
            problems.add(
                    "metrics",
                    Optional.of("'metrics' is empty: name at least one metric to compare, e.g."
                            + " the canary's and production's TargetResponseTime."));
        }
        if (metrics.size() > MAX_METRICS) {
            problems.add(
                    "metrics",
                    Optional.of("'metrics' lists " + metrics.size() + " metrics, but one"
                            + " GetMetricData call reads at most " + MAX_METRICS + " (two series each): remove "
                            + (metrics.size() - MAX_METRICS) + "."));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < metrics.size(); i++) {
            MetricSpec metric = metrics.get(i);
            String prefix = "metrics[" + i + "].";
            problems.addAll(metric.check(prefix));
            if (!ids.add(metric.id())) {
                problems.add(
                        prefix + "id",
                        Optional.of("'id' " + metric.id() + " names two metrics: give each" + " metric its own id."));
            }
        }
        return problems.addAll(settings.check());
    }

    public List<MetricSpec> metrics() {
        return metrics;
    }

    public JudgeSettings settings() {
        return settings;
    }

    /** Judges every metric with its samples by metric id (a metric without samples has no data). */
    public JudgeReport judge(Map<String, MetricSamples> samples) {
        List<MetricResult> results = new ArrayList<>();
        for (MetricSpec metric : metrics) {
            MetricSamples series = samples.getOrDefault(metric.id(), MetricSamples.NONE);
            results.add(classifier.classify(metric, series.controlValues(), series.experimentValues()));
        }
        return score(results, settings);
    }

    /** Kayenta's score over classified metrics. */
    static JudgeReport score(List<MetricResult> results, JudgeSettings settings) {
        double passing = weight(results, c -> c == Classification.PASS);
        double judged = weight(results, c -> c != Classification.NO_DATA);
        double score = judged == 0 ? 0 : 100 * passing / judged;
        String arithmetic = MetricResult.format(score) + " = 100 x " + MetricResult.format(passing)
                + " passing weight / " + MetricResult.format(judged) + " judged weight" + breakdown(results);
        List<String> criticalFailures = results.stream()
                .filter(r -> r.critical() && r.classification().failed())
                .map(r -> r.id() + " is " + r.classification())
                .toList();
        long withoutData =
                results.stream().filter(r -> r.classification().lacksData()).count();
        if (!criticalFailures.isEmpty()) {
            return new JudgeReport(
                    0,
                    JudgeReport.Forced.CRITICAL_FAILURE,
                    "forced to 0 as critical metric " + String.join(", ", criticalFailures) + " (otherwise "
                            + arithmetic + ")",
                    results,
                    settings);
        }
        if (!results.isEmpty() && 2 * withoutData >= results.size()) {
            return new JudgeReport(
                    0,
                    JudgeReport.Forced.NO_DATA,
                    "forced to 0 as " + withoutData + " of " + results.size() + " metrics have no data (at least"
                            + " half)",
                    results,
                    settings);
        }
        return new JudgeReport(score, JudgeReport.Forced.NO, arithmetic, results, settings);
    }

    private static double weight(List<MetricResult> results, Predicate<Classification> which) {
        return results.stream()
                .filter(r -> which.test(r.classification()))
                .mapToDouble(MetricResult::weight)
                .sum();
    }

    /** E.g. {@code (pass: cpu 1, latency 1; fail: errors 2 HIGH; no data: disk)}. */
    private static String breakdown(List<MetricResult> results) {
        List<String> parts = new ArrayList<>();
        addPart(parts, "pass", results, Classification.PASS, false);
        String failed = results.stream()
                .filter(r -> r.classification().failed())
                .map(r -> r.id() + " " + MetricResult.format(r.weight()) + " " + r.classification())
                .collect(Collectors.joining(", "));
        if (!failed.isEmpty()) {
            parts.add("fail: " + failed);
        }
        addPart(parts, "no data", results, Classification.NO_DATA, true);
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static void addPart(
            List<String> parts, String label, List<MetricResult> results, Classification which, boolean idsOnly) {
        String listed = results.stream()
                .filter(r -> r.classification() == which)
                .map(r -> idsOnly ? r.id() : r.id() + " " + MetricResult.format(r.weight()))
                .collect(Collectors.joining(", "));
        if (!listed.isEmpty()) {
            parts.add(label + ": " + listed);
        }
    }
}
