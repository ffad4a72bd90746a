package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.quality.gate.GateCriticality;
import io.jenkins.plugins.canarydeploy.quality.gate.GateEvaluator;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcome;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.GateScope;
import io.jenkins.plugins.canarydeploy.quality.gate.GateStatus;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build page's summary and the details page, built from real reports with gates against a reference. */
class CoverageViewModelsTest {
    @TempDir
    Path workspace;

    @Test
    void shouldShowTotalsDeltasAndGateOutcomesOfTheBuild() throws IOException {
        CoverageResult reference = record("cobertura-add.xml");
        CoverageResult current = record("cobertura-remove.xml");
        GateOutcomes gates = GateEvaluator.evaluate(
                List.of(
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 40, GateCriticality.FAILURE),
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.DELTA, -5, GateCriticality.UNSTABLE),
                        QualityGate.of(MetricKeys.COVERAGE_METHOD, GateScope.TOTAL, 50, GateCriticality.FAILURE)),
                current.metricValues(),
                reference.metricValues());

        CoverageSummaryModel summary = new CoverageSummaryModel(current, gates, reference, "#41");

        assertThat(summary.getHeadline()).isEqualTo("Line 42.86%, Branch 25.00%");
        assertThat(summary.getMetrics().get(0)).satisfies(line -> {
            assertThat(line.getLabel()).isEqualTo("Line");
            assertThat(line.getPercentageText()).isEqualTo("42.86%");
            assertThat(line.getCountText()).isEqualTo("6 of 14");
            assertThat(line.getDeltaText()).isEqualTo("-14.29%");
            assertThat(line.getTrend()).isEqualTo("down");
        });
        assertThat(summary.getGates())
                .extracting(GateOutcome::getStatus)
                .containsExactly(GateStatus.PASSED, GateStatus.UNSTABLE, GateStatus.INACTIVE);
        assertThat(summary.getOverallStatus()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(summary.getGateSummary()).isEqualTo("Quality gates: 1 passed, 1 UNSTABLE, 1 not evaluated");
        assertThat(summary.getReferenceBuild()).isEqualTo("#41");
        assertThat(summary.getReports()).containsExactly("cobertura-remove.xml");
        assertThat(summary.getFormat()).isEqualTo("Cobertura");
    }

    @Test
    void shouldShowNoDeltasWithoutReference() throws IOException {
        CoverageSummaryModel summary =
                new CoverageSummaryModel(record("jacoco-prices.xml"), GateOutcomes.none(), null, "#3");

        assertThat(summary.hasReference()).isFalse();
        assertThat(summary.getReferenceBuild()).isEmpty();
        assertThat(summary.getMetrics()).allSatisfy(line -> {
            assertThat(line.getDeltaText()).isEmpty();
            assertThat(line.getTrend()).isEmpty();
        });
        assertThat(summary.getHeadline()).isEqualTo("Line 70.00%, Branch 62.50%, Instruction 70.45%, Method 60.00%");
    }

    @Test
    void shouldListPackagesAndFilesWithOneColumnPerMetricPresent() throws IOException {
        CoverageDetailsModel details = new CoverageDetailsModel(record("opencover.xml"));

        assertThat(details.getColumns()).containsExactly("Line", "Branch", "Instruction", "Method", "Class", "File");
        assertThat(details.getPackages()).hasSize(1);
        assertThat(details.getFiles())
                .extracting(CoverageDetailsModel.Row::getName)
                .isSorted()
                .hasSize(3);
        CoverageDetailsModel.Row settings = details.getFiles().get(1);
        assertThat(settings.getName()).endsWith("MyLogging.FancyClassSettings.cs");
        assertThat(settings.getCells()).hasSize(6);
        assertThat(settings.getCells().get(5).getCountText()).isEmpty();
        assertThat(settings.getCells().get(0).getPercentageText()).isEqualTo("91.67%");
        assertThat(settings.getCells().get(0).getCountText()).isEqualTo("11 of 12");
        assertThat(settings.getCells().get(1).getPercentageText()).isEmpty();
        assertThat(settings.getCells().get(1).getPercentage()).isEqualTo(-1.0);
    }

    private CoverageResult record(String sample) throws IOException {
        Path folder = Samples.copy(workspace.resolve(sample + "-run"), sample);
        CoverageFormat format = sample.startsWith("cobertura")
                ? CoverageFormat.COBERTURA
                : sample.startsWith("jacoco") ? CoverageFormat.JACOCO : CoverageFormat.OPENCOVER;
        return CoverageRecorder.record(folder, CoverageSettings.of(sample, format));
    }
}
