package io.jenkins.plugins.canarydeploy.quality.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityGateTest {
    @Test
    void shouldDefaultTheComparisonByMetricFamilyAndTheRestFromBlankText() {
        QualityGate coverage = QualityGate.fromText("", " coverage.line ", "", "80", "", "");
        QualityGate issues = QualityGate.fromText("", "issues.new", "delta", "0", null, "failure");

        assertThat(coverage)
                .isEqualTo(new QualityGate(
                        MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 80, GateComparison.BELOW, GateCriticality.UNSTABLE));
        assertThat(issues.getComparison()).isEqualTo(GateComparison.ABOVE);
        assertThat(issues.getScope()).isEqualTo(GateScope.DELTA);
        assertThat(issues.getCriticality()).isEqualTo(GateCriticality.FAILURE);
        assertThat(coverage.describe()).isEqualTo("line coverage (total) must not be below 80.00%, else UNSTABLE");
        assertThat(issues.describe()).isEqualTo("new issues (delta) must not be above 0, else FAILURE");
    }

    @Test
    void shouldNameEveryBadFieldWithItsFix() {
        assertThat(GateChecks.check("qualityGates[1].", "coverage.lines", "sum", "eighty", "under", "fatal")
                        .list())
                .extracting(FieldProblem::field)
                .containsExactly(
                        "qualityGates[1].metric",
                        "qualityGates[1].scope",
                        "qualityGates[1].threshold",
                        "qualityGates[1].comparison",
                        "qualityGates[1].criticality");
        assertThatThrownBy(() -> QualityGate.fromText("", "coverage.lines", "", "80", "", ""))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("'metric': 'coverage.lines' is not a metric a gate can check: use one of"
                        + " coverage.line, coverage.branch");
        assertThat(GateChecks.metric(" ")).hasValueSatisfying(m -> assertThat(m).contains("Choose the metric"));
        assertThat(GateChecks.threshold("coverage.line", "", ""))
                .hasValueSatisfying(m -> assertThat(m).contains("Give the threshold as a number"));
        assertThat(GateChecks.criticality("fatal")).hasValue("'fatal' is not a criticality: use UNSTABLE or FAILURE.");
    }

    @Test
    void shouldKeepThresholdsInTheRangeOfTheMetricAndScope() {
        assertThat(GateChecks.threshold("coverage.line", "TOTAL", "101"))
                .hasValue("A coverage threshold is a percentage from 0 to 100, got 101.0.");
        assertThat(GateChecks.threshold("coverage.line", "DELTA", "-2.5")).isEmpty();
        assertThat(GateChecks.threshold("coverage.line", "DELTA", "-101"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("A coverage delta is a change in percentage points"));
        assertThat(GateChecks.threshold("issues.total", "TOTAL", "-1"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("A count never falls below 0"));
        assertThat(GateChecks.threshold("issues.total", "DELTA", "-1")).isEmpty();
        assertThat(GateChecks.threshold("issues.total", "TOTAL", "NaN"))
                .hasValueSatisfying(m -> assertThat(m).contains("is not a number"));
        assertThatThrownBy(() -> QualityGate.of("coverage.branch", GateScope.TOTAL, 120, GateCriticality.FAILURE))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("'threshold': A coverage threshold is a percentage from 0 to 100");
    }

    @Test
    void shouldSurviveJavaSerializationAsPipelineStepsKeepIt() throws Exception {
        QualityGate gate = QualityGate.of(MetricKeys.ISSUES_TOTAL, GateScope.DELTA, 2, GateCriticality.FAILURE);
        GateOutcomes outcomes = GateEvaluator.evaluate(
                List.of(gate),
                MetricValues.of(Map.of(MetricKeys.ISSUES_TOTAL, 5.0)),
                MetricValues.of(Map.of(MetricKeys.ISSUES_TOTAL, 1.0)));

        GateOutcomes copy = roundTrip(outcomes);

        assertThat(roundTrip(gate)).isEqualTo(gate);
        assertThat(copy.getOutcomes().get(0).getStatus()).isEqualTo(GateStatus.FAILED);
        assertThat(copy.getOutcomes().get(0).getValue()).hasValue(4.0);
        assertThat(copy.getOutcomes().get(0).getMessage())
                .isEqualTo("Issues changed by +4 against the reference build, above the threshold of +2: FAILURE.");
    }

    @Test
    void shouldKeepMetricValuesFiniteAndSorted() {
        MetricValues values = MetricValues.of(Map.of("issues.total", 3.0)).with("coverage.line", 50);

        assertThat(values.asMap().keySet()).containsExactly("coverage.line", "issues.total");
        assertThat(values.plus(MetricValues.of(Map.of("issues.total", 4.0))).get("issues.total"))
                .hasValue(4.0);
        assertThatThrownBy(() -> values.with("coverage.branch", Double.NaN))
                .hasMessage("The value of metric 'coverage.branch' must be a finite number, got NaN");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
