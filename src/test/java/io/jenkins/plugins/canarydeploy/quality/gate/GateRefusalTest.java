package io.jenkins.plugins.canarydeploy.quality.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateRefusalTest {
    private static final MetricValues COVERAGE = MetricValues.of(Map.of(MetricKeys.COVERAGE_LINE, 72.5));
    private static final MetricValues LINT = MetricValues.of(Map.of(MetricKeys.ISSUES_NEW, 3.0));

    @Test
    void shouldRefuseNamingEveryFailedGateOfEveryRecording() {
        GateOutcomes coverage = GateEvaluator.evaluate(
                List.of(
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 80, GateCriticality.UNSTABLE),
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 70, GateCriticality.FAILURE)),
                COVERAGE,
                null);
        GateOutcomes lint = GateEvaluator.evaluate(
                List.of(QualityGate.of(MetricKeys.ISSUES_NEW, GateScope.TOTAL, 0, GateCriticality.FAILURE)),
                LINT,
                null);

        assertThat(GateRefusal.refusal(List.of(coverage, lint), "ProdDeploy"))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("Not deploying to ProdDeploy: 2 quality gate(s) failed in this build:")
                        .contains("Line coverage is 72.50%, below the threshold of 80.00%: UNSTABLE.")
                        .contains("New issues is 3, above the threshold of 0: FAILURE.")
                        .endsWith("or set refuseOnFailedQualityGate: false to deploy anyway."));
    }

    @Test
    void shouldDeployWhenNoGateFailed() {
        GateOutcomes passedAndInactive = GateEvaluator.evaluate(
                List.of(
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 70, GateCriticality.FAILURE),
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.DELTA, 0, GateCriticality.FAILURE)),
                COVERAGE,
                null);

        assertThat(GateRefusal.refusal(List.of(passedAndInactive), "ProdDeploy"))
                .isEmpty();
        assertThat(GateRefusal.refusal(List.of(), "ProdDeploy"))
                .as("nothing recorded")
                .isEmpty();
    }

    @Test
    void shouldListTheGatesAsPlainMaps() {
        GateOutcomes outcomes = GateEvaluator.evaluate(
                List.of(
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 80, GateCriticality.UNSTABLE),
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.DELTA, 0, GateCriticality.FAILURE)),
                COVERAGE,
                null);

        assertThat(GateMaps.of(outcomes))
                .satisfiesExactly(
                        failed -> assertThat(asMap(failed))
                                .containsEntry("metric", "coverage.line")
                                .containsEntry("scope", "total")
                                .containsEntry("threshold", 80.0)
                                .containsEntry("criticality", "unstable")
                                .containsEntry("status", "UNSTABLE")
                                .containsEntry("value", 72.5),
                        inactive -> assertThat(asMap(inactive))
                                .containsEntry("scope", "delta")
                                .containsEntry("status", "INACTIVE")
                                .containsEntry("value", null)
                                .containsEntry(
                                        "message",
                                        "Not evaluated: there is no reference build to compare line coverage with."));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
