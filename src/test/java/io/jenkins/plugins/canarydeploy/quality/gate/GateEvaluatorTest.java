package io.jenkins.plugins.canarydeploy.quality.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateEvaluatorTest {
    private static final MetricValues CURRENT = MetricValues.of(Map.of(
            MetricKeys.COVERAGE_LINE, 85.0,
            MetricKeys.COVERAGE_BRANCH, 62.5,
            MetricKeys.ISSUES_TOTAL, 12.0,
            MetricKeys.ISSUES_NEW, 3.0));
    private static final MetricValues REFERENCE = MetricValues.of(Map.of(
            MetricKeys.COVERAGE_LINE, 86.5,
            MetricKeys.COVERAGE_BRANCH, 60.0,
            MetricKeys.ISSUES_TOTAL, 10.0));

    @Test
    void shouldPassOrFailCoverageGatesOnTotalsBelowTheirThreshold() {
        GateOutcomes outcomes = GateEvaluator.evaluate(
                List.of(
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 80, GateCriticality.FAILURE),
                        QualityGate.of(MetricKeys.COVERAGE_BRANCH, GateScope.TOTAL, 70, GateCriticality.UNSTABLE)),
                CURRENT,
                null);

        assertThat(outcomes.getOutcomes())
                .extracting(GateOutcome::getStatus)
                .containsExactly(GateStatus.PASSED, GateStatus.UNSTABLE);
        assertThat(outcomes.getOutcomes().get(0).getMessage())
                .isEqualTo("Line coverage is 85.00%, not below the threshold of 80.00%.");
        assertThat(outcomes.getOutcomes().get(1).getMessage())
                .isEqualTo("Branch coverage is 62.50%, below the threshold of 70.00%: UNSTABLE.");
        assertThat(outcomes.getOverallStatus()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(outcomes.getBuildResult()).isEqualTo(BuildResult.UNSTABLE);
    }

    @Test
    void shouldFailIssueGatesAboveTheirThresholdAndPassAtTheThreshold() {
        GateOutcomes outcomes = GateEvaluator.evaluate(
                List.of(
                        QualityGate.of(MetricKeys.ISSUES_TOTAL, GateScope.TOTAL, 10, GateCriticality.FAILURE),
                        QualityGate.of(MetricKeys.ISSUES_NEW, GateScope.TOTAL, 3, GateCriticality.FAILURE),
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 85, GateCriticality.FAILURE)),
                CURRENT,
                null);

        assertThat(outcomes.getOutcomes())
                .extracting(GateOutcome::getStatus)
                .containsExactly(GateStatus.FAILED, GateStatus.PASSED, GateStatus.PASSED);
        assertThat(outcomes.getOutcomes().get(0).getMessage())
                .isEqualTo("Issues is 12, above the threshold of 10: FAILURE.");
        assertThat(outcomes.getBuildResult()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcomes.getSummary()).isEqualTo("Quality gates: 2 passed, 1 FAILED");
    }

    @Test
    void shouldCheckDeltasAsCurrentMinusReference() {
        GateOutcomes outcomes = GateEvaluator.evaluate(
                List.of(
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.DELTA, -1, GateCriticality.FAILURE),
                        QualityGate.of(MetricKeys.COVERAGE_BRANCH, GateScope.DELTA, 0, GateCriticality.FAILURE),
                        QualityGate.of(MetricKeys.ISSUES_TOTAL, GateScope.DELTA, 0, GateCriticality.UNSTABLE)),
                CURRENT,
                REFERENCE);

        assertThat(outcomes.getOutcomes())
                .extracting(GateOutcome::getStatus)
                .containsExactly(GateStatus.FAILED, GateStatus.PASSED, GateStatus.UNSTABLE);
        assertThat(outcomes.getOutcomes())
                .extracting(GateOutcome::getValueText)
                .containsExactly("-1.50%", "+2.50%", "+2");
        assertThat(outcomes.getOutcomes().get(0).getMessage())
                .isEqualTo("Line coverage changed by -1.50% against the reference build, below the threshold of"
                        + " -1.00%: FAILURE.");
        assertThat(outcomes.getOverallStatus()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void shouldNotEvaluateDeltasWithoutReferenceNorMissingMetricsAndSayWhy() {
        List<QualityGate> gates = List.of(
                QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.DELTA, 0, GateCriticality.FAILURE),
                QualityGate.of(MetricKeys.COVERAGE_METHOD, GateScope.TOTAL, 50, GateCriticality.FAILURE),
                QualityGate.of(MetricKeys.ISSUES_NEW, GateScope.DELTA, 0, GateCriticality.FAILURE));

        GateOutcomes withoutReference = GateEvaluator.evaluate(gates, CURRENT, null);
        GateOutcomes withReference = GateEvaluator.evaluate(gates, CURRENT, REFERENCE);

        assertThat(withoutReference.getOutcomes())
                .extracting(GateOutcome::getMessage)
                .containsExactly(
                        "Not evaluated: there is no reference build to compare line coverage with.",
                        "Not evaluated: the results of this build have no method coverage ('coverage.method').",
                        "Not evaluated: there is no reference build to compare new issues with.");
        assertThat(withReference.getOutcomes().get(2).getMessage())
                .isEqualTo("Not evaluated: the reference build has no new issues ('issues.new').");
        assertThat(withoutReference.getOutcomes()).allSatisfy(outcome -> {
            assertThat(outcome.getStatus()).isEqualTo(GateStatus.INACTIVE);
            assertThat(outcome.getValue()).isEmpty();
            assertThat(outcome.getValueText()).isEqualTo("-");
        });
        assertThat(withoutReference.getOverallStatus()).isEqualTo(GateStatus.INACTIVE);
        assertThat(withoutReference.getBuildResult()).isEqualTo(BuildResult.SUCCESS);
        assertThat(withoutReference.getSummary()).isEqualTo("Quality gates: 3 not evaluated");
    }

    @Test
    void shouldPassWithoutAnyGate() {
        GateOutcomes outcomes = GateEvaluator.evaluate(List.of(), CURRENT, REFERENCE);

        assertThat(outcomes.getOverallStatus()).isEqualTo(GateStatus.PASSED);
        assertThat(outcomes.getBuildResult()).isEqualTo(BuildResult.SUCCESS);
        assertThat(outcomes.getSummary()).isEqualTo("Quality gates: none configured");
    }

    @Test
    void shouldHonourAnExplicitComparison() {
        QualityGate fixedIssues = new QualityGate(
                MetricKeys.ISSUES_FIXED, GateScope.TOTAL, 1, GateComparison.BELOW, GateCriticality.UNSTABLE);

        GateOutcomes outcomes = GateEvaluator.evaluate(
                List.of(fixedIssues), MetricValues.of(Map.of(MetricKeys.ISSUES_FIXED, 0.0)), null);

        assertThat(outcomes.getOutcomes().get(0).getMessage())
                .isEqualTo("Fixed issues is 0, below the threshold of 1: UNSTABLE.");
    }

    @Test
    void shouldMarkOnlyTheStageOrStopThePipelineWhenAsked() {
        GateOutcomes unstable = GateEvaluator.evaluate(
                List.of(QualityGate.of(MetricKeys.COVERAGE_BRANCH, GateScope.TOTAL, 70, GateCriticality.UNSTABLE)),
                CURRENT,
                null);

        GateReaction whole = GateReaction.decide(unstable, false, false);
        GateReaction stageOnly = GateReaction.decide(unstable, true, false);
        GateReaction stop = GateReaction.decide(unstable, false, true);

        assertThat(whole.stageResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(whole.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(whole.stopMessage()).isEmpty();
        assertThat(stageOnly.stageResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(stageOnly.buildResult()).isEqualTo(BuildResult.SUCCESS);
        assertThat(stop.stopMessage())
                .hasValue("Stopping: 1 quality gate(s) failed: Branch coverage is 62.50%, below the threshold of"
                        + " 70.00%: UNSTABLE.");
        assertThat(GateReaction.decide(GateOutcomes.none(), false, true).stopMessage())
                .isEmpty();
    }
}
