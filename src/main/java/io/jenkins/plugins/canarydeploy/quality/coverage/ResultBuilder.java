package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.Coverage;
import edu.hm.hafner.coverage.FileNode;
import edu.hm.hafner.coverage.Metric;
import edu.hm.hafner.coverage.Node;
import edu.hm.hafner.coverage.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Condenses coverage-model's tree into a {@link CoverageResult}: totals, other values, packages and files. */
final class ResultBuilder {
    private ResultBuilder() {}

    /** Fills in totals, other values and rows; asks coverage-model only for the metrics the tree has. */
    static void fill(Node root, CoverageResult.Builder result) {
        Set<Metric> present = root.getMetrics();
        List<CoverageMetric> metrics = Arrays.stream(CoverageMetric.values())
                .filter(metric -> present.contains(metric.modelMetric()))
                .toList();
        for (CoverageMetric metric : metrics) {
            counter(root, metric).ifPresent(result::total);
        }
        Set<Metric> kept = metrics.stream().map(CoverageMetric::modelMetric).collect(Collectors.toSet());
        for (Metric metric : present) {
            if (!metric.isContainer() && !kept.contains(metric)) {
                root.getValue(metric)
                        .filter(value -> !(value instanceof Coverage))
                        .ifPresent(value -> result.otherValue(metric.name(), value.asDouble()));
            }
        }
        root.getAll(Metric.PACKAGE).stream()
                .map(node -> row(node, node.getName(), "", metrics, CoverageMetric::appliesToPackage))
                .sorted(Comparator.comparing(CoverageRow::getName))
                .forEach(result::packageRow);
        root.getAllFileNodes().stream()
                .map(file -> row(file, path(file), packageOf(file), metrics, CoverageMetric::appliesToFile))
                .sorted(Comparator.comparing(CoverageRow::getName))
                .forEach(result::fileRow);
    }

    private static CoverageRow row(
            Node node,
            String name,
            String packageName,
            List<CoverageMetric> metrics,
            Predicate<CoverageMetric> applies) {
        List<CoverageCounter> counters = new ArrayList<>();
        for (CoverageMetric metric : metrics) {
            if (applies.test(metric)) {
                counter(node, metric).ifPresent(counters::add);
            }
        }
        return new CoverageRow(name, packageName, counters);
    }

    private static Optional<CoverageCounter> counter(Node node, CoverageMetric metric) {
        Optional<Value> value = node.getValue(metric.modelMetric());
        if (value.isPresent() && value.get() instanceof Coverage coverage && coverage.isSet()) {
            return Optional.of(new CoverageCounter(metric, coverage.getCovered(), coverage.getMissed()));
        }
        return Optional.empty();
    }

    private static String path(FileNode file) {
        String relative = file.getRelativePath();
        return relative.isEmpty() ? file.getName() : relative;
    }

    private static String packageOf(FileNode file) {
        Node parent = file.getParent();
        return parent != null && parent.getMetric() == Metric.PACKAGE ? file.getParentName() : "";
    }
}
