package io.jenkins.plugins.canarydeploy.quality.gate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the metrics that quality gates can check. Coverage metrics ({@code coverage.*}) are percentages from
 * 0 to 100 and fail a gate when they fall below its threshold; lint metrics ({@code issues.*}) are counts and fail
 * a gate when they rise above it.
 */
public final class MetricKeys {
    public static final String COVERAGE_PREFIX = "coverage.";
    public static final String ISSUES_PREFIX = "issues.";

    public static final String COVERAGE_LINE = "coverage.line";
    public static final String COVERAGE_BRANCH = "coverage.branch";
    public static final String COVERAGE_INSTRUCTION = "coverage.instruction";
    public static final String COVERAGE_METHOD = "coverage.method";
    public static final String COVERAGE_CLASS = "coverage.class";
    public static final String COVERAGE_FILE = "coverage.file";
    public static final String COVERAGE_PACKAGE = "coverage.package";
    public static final String COVERAGE_MCDC_PAIR = "coverage.mcdc-pair";
    public static final String COVERAGE_FUNCTION_CALL = "coverage.function-call";
    public static final String COVERAGE_MUTATION = "coverage.mutation";
    public static final String COVERAGE_TEST_STRENGTH = "coverage.test-strength";

    public static final String ISSUES_TOTAL = "issues.total";
    public static final String ISSUES_ERROR = "issues.error";
    public static final String ISSUES_HIGH = "issues.high";
    public static final String ISSUES_NORMAL = "issues.normal";
    public static final String ISSUES_LOW = "issues.low";
    public static final String ISSUES_NEW = "issues.new";
    public static final String ISSUES_FIXED = "issues.fixed";

    private static final Map<String, String> LABELS = labels();

    private MetricKeys() {}

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(COVERAGE_LINE, "line coverage");
        labels.put(COVERAGE_BRANCH, "branch coverage");
        labels.put(COVERAGE_INSTRUCTION, "instruction coverage");
        labels.put(COVERAGE_METHOD, "method coverage");
        labels.put(COVERAGE_CLASS, "class coverage");
        labels.put(COVERAGE_FILE, "file coverage");
        labels.put(COVERAGE_PACKAGE, "package coverage");
        labels.put(COVERAGE_MCDC_PAIR, "MC/DC pair coverage");
        labels.put(COVERAGE_FUNCTION_CALL, "function call coverage");
        labels.put(COVERAGE_MUTATION, "mutation coverage");
        labels.put(COVERAGE_TEST_STRENGTH, "test strength");
        labels.put(ISSUES_TOTAL, "issues");
        labels.put(ISSUES_ERROR, "errors");
        labels.put(ISSUES_HIGH, "high severity issues");
        labels.put(ISSUES_NORMAL, "normal severity issues");
        labels.put(ISSUES_LOW, "low severity issues");
        labels.put(ISSUES_NEW, "new issues");
        labels.put(ISSUES_FIXED, "fixed issues");
        return Map.copyOf(labels);
    }

    /** Every metric a gate may check, coverage first. */
    public static List<String> known() {
        return List.of(
                COVERAGE_LINE,
                COVERAGE_BRANCH,
                COVERAGE_INSTRUCTION,
                COVERAGE_METHOD,
                COVERAGE_CLASS,
                COVERAGE_FILE,
                COVERAGE_PACKAGE,
                COVERAGE_MCDC_PAIR,
                COVERAGE_FUNCTION_CALL,
                COVERAGE_MUTATION,
                COVERAGE_TEST_STRENGTH,
                ISSUES_TOTAL,
                ISSUES_ERROR,
                ISSUES_HIGH,
                ISSUES_NORMAL,
                ISSUES_LOW,
                ISSUES_NEW,
                ISSUES_FIXED);
    }

    public static boolean isKnown(String key) {
        return LABELS.containsKey(key);
    }

    /** Whether the metric is a coverage percentage (0 to 100) rather than a count. */
    public static boolean isPercentage(String key) {
        return key.startsWith(COVERAGE_PREFIX);
    }

    /** Coverage fails below the threshold, issue counts fail above it. */
    public static GateComparison defaultComparison(String key) {
        return isPercentage(key) ? GateComparison.BELOW : GateComparison.ABOVE;
    }

    /** The metric as people read it, for example "line coverage"; the key itself when it is unknown. */
    public static String label(String key) {
        return Optional.ofNullable(LABELS.get(key)).orElse(key);
    }
}
