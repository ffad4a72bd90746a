package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.Metric;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import java.util.Arrays;
import java.util.Optional;

/**
 * The coverage metrics a result keeps, in the order pages show them, with their gate keys. Kept apart from
 * coverage-model's {@link Metric} so that stored results do not change with the library.
 */
public enum CoverageMetric {
    LINE(Metric.LINE, MetricKeys.COVERAGE_LINE, "Line"),
    BRANCH(Metric.BRANCH, MetricKeys.COVERAGE_BRANCH, "Branch"),
    INSTRUCTION(Metric.INSTRUCTION, MetricKeys.COVERAGE_INSTRUCTION, "Instruction"),
    METHOD(Metric.METHOD, MetricKeys.COVERAGE_METHOD, "Method"),
    CLASS(Metric.CLASS, MetricKeys.COVERAGE_CLASS, "Class"),
    FILE(Metric.FILE, MetricKeys.COVERAGE_FILE, "File"),
    PACKAGE(Metric.PACKAGE, MetricKeys.COVERAGE_PACKAGE, "Package"),
    MCDC_PAIR(Metric.MCDC_PAIR, MetricKeys.COVERAGE_MCDC_PAIR, "MC/DC pair"),
    FUNCTION_CALL(Metric.FUNCTION_CALL, MetricKeys.COVERAGE_FUNCTION_CALL, "Function call"),
    MUTATION(Metric.MUTATION, MetricKeys.COVERAGE_MUTATION, "Mutation"),
    TEST_STRENGTH(Metric.TEST_STRENGTH, MetricKeys.COVERAGE_TEST_STRENGTH, "Test strength");

    private final Metric modelMetric;
    private final String key;
    private final String label;

    CoverageMetric(Metric modelMetric, String key, String label) {
        this.modelMetric = modelMetric;
        this.key = key;
        this.label = label;
    }

    Metric modelMetric() {
        return modelMetric;
    }

    /** The key quality gates use, for example "coverage.line". */
    public String key() {
        return key;
    }

    /** The metric as pages show it, for example "Line". */
    public String label() {
        return label;
    }

    /** Whether a row for one package (or one file) shows this metric: not coverage of packages (or of files). */
    boolean appliesToPackage() {
        return this != PACKAGE;
    }

    boolean appliesToFile() {
        return this != PACKAGE && this != FILE;
    }

    static Optional<CoverageMetric> fromName(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
