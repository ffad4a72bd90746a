package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.quality.gate.GateCriticality;
import io.jenkins.plugins.canarydeploy.quality.gate.GateEvaluator;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.GateScope;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageStepValueTest {
    private static final CoverageResult RESULT = CoverageResult.builder(CoverageFormat.COBERTURA)
            .report("coverage.xml")
            .problem("'old.xml' is empty (0 bytes)")
            .total(new CoverageCounter(CoverageMetric.LINE, 8, 6))
            .total(new CoverageCounter(CoverageMetric.BRANCH, 3, 1))
            .build();

    @Test
    void shouldReturnTotalsChangesAndGatesAsPlainValues() {
        MetricValues reference = MetricValues.of(Map.of(MetricKeys.COVERAGE_LINE, 50.0));
        GateOutcomes gates = GateEvaluator.evaluate(
                List.of(QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.DELTA, 10, GateCriticality.UNSTABLE)),
                RESULT.metricValues(),
                reference);

        Map<String, Object> value = CoverageStepValue.of(RESULT, gates, reference, "#41");

        assertThat(value)
                .containsEntry("format", "COBERTURA")
                .containsEntry("reports", List.of("coverage.xml"))
                .containsEntry("skipped", List.of("'old.xml' is empty (0 bytes)"))
                .containsEntry("totals", Map.of("coverage.line", 57.14, "coverage.branch", 75.0))
                .containsEntry("deltas", Map.of("coverage.line", 7.14))
                .containsEntry("referenceBuild", "#41")
                .containsEntry("status", "UNSTABLE")
                .containsEntry("summary", "Line 57.14%, Branch 75.00%; Quality gates: 1 UNSTABLE");
        assertThat((List<?>) value.get("gates")).hasSize(1);
    }

    @Test
    void shouldHaveNoChangesWithoutAReference() {
        Map<String, Object> value = CoverageStepValue.of(RESULT, GateOutcomes.none(), null, "#41");

        assertThat(value)
                .containsEntry("deltas", Map.of())
                .containsEntry("referenceBuild", "")
                .containsEntry("status", "PASSED")
                .containsEntry("gates", List.of());
    }
}
