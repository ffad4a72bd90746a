package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.quality.QualityReportException;
import io.jenkins.plugins.canarydeploy.quality.gate.GateCriticality;
import io.jenkins.plugins.canarydeploy.quality.gate.GateEvaluator;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.GateScope;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the lint step returns and when bad reports fail it, on the Pylint reports of two builds. */
class LintStepValueTest {
    @Test
    void shouldReturnCountsNewAndFixedIssuesAndGates(@TempDir Path first, @TempDir Path second) throws IOException {
        LintResult reference = pylint(LintSamples.workspace(first), "pylint.log");
        LintResult current = pylint(LintSamples.secondBuild(second), "pylint.log");
        LintDelta delta = LintDelta.between(current, reference);
        GateOutcomes gates = GateEvaluator.evaluate(
                List.of(QualityGate.of(MetricKeys.ISSUES_NEW, GateScope.TOTAL, 0, GateCriticality.FAILURE)),
                MetricValues.of(LintMetrics.of(current, delta)),
                null);

        Map<String, Object> value = LintStepValue.of(current, delta, gates, "#1");

        assertThat(value)
                .containsEntry("total", 24)
                .containsEntry("counts", Map.of("error", 0, "high", 0, "normal", 9, "low", 15))
                .containsEntry("new", 1)
                .containsEntry("fixed", 2)
                .containsEntry("referenceBuild", "#1")
                .containsEntry("errors", List.of())
                .containsEntry("status", "FAILED");
        assertThat((List<?>) value.get("tools"))
                .singleElement()
                .satisfies(tool -> assertThat(asMap(tool))
                        .containsEntry("id", "pylint")
                        .containsEntry("name", "Pylint")
                        .containsEntry("reportFiles", 1));
        assertThat((String) value.get("summary")).endsWith("; Quality gates: 1 FAILED");
    }

    @Test
    void shouldFailOnABadReportUnlessToldToSkipItAndAnotherWasRead(@TempDir Path workspace) throws IOException {
        LintSamples.workspace(workspace);
        LintResult missing = new LintRecorder(LintSettings.of(
                        new LintTool("pylint", "pylint.log"), new LintTool("flake8", "no-such-report.txt")))
                .record(workspace);
        LintResult nothing = pylint(workspace, "nothing-here.log");

        assertThatThrownBy(() -> LintReportCheck.check(missing, false))
                .isInstanceOf(QualityReportException.class)
                .hasMessageStartingWith("Cannot record lint results: 1 problem(s) with the reports. Fix them, or set"
                        + " skipBadReports: true to record the others.")
                .hasMessageContaining("no-such-report.txt");
        LintReportCheck.check(missing, true);
        assertThatThrownBy(() -> LintReportCheck.check(nothing, true))
                .hasMessageStartingWith(
                        "Cannot record lint results: 1 problem(s) with the reports, and no report" + " could be read.");
        LintReportCheck.check(pylint(workspace, "pylint.log"), false);
    }

    private static LintResult pylint(Path workspace, String pattern) throws IOException {
        return new LintRecorder(LintSettings.of(new LintTool("pylint", pattern))).record(workspace);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
