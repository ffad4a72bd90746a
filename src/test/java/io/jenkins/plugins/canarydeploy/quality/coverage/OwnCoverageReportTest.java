package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.canarydeploy.quality.gate.GateCriticality;
import io.jenkins.plugins.canarydeploy.quality.gate.GateEvaluator;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.GateScope;
import io.jenkins.plugins.canarydeploy.quality.gate.GateStatus;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records this build's own JaCoCo report, written by the build after the other tests ran (the offline build runs
 * this test once more in the verify phase, with {@code own.jacoco.report} set): a real report of a real code base.
 */
class OwnCoverageReportTest {
    @Test
    void shouldRecordThisBuildsOwnJacocoReport() throws IOException {
        String location = System.getProperty("own.jacoco.report");
        assumeTrue(location != null && Files.isRegularFile(Path.of(location)), "run by the build after its report");
        Path report = Path.of(location);

        CoverageResult result = CoverageRecorder.record(
                report.getParent(), CoverageSettings.of(report.getFileName().toString(), CoverageFormat.JACOCO));

        assertThat(result.getProblems()).isEmpty();
        assertThat(result.total(CoverageMetric.LINE))
                .hasValueSatisfying(line -> assertThat(line.getTotal()).isGreaterThan(5_000));
        assertThat(result.total(CoverageMetric.BRANCH)).isPresent();
        assertThat(result.total(CoverageMetric.INSTRUCTION)).isPresent();
        assertThat(result.getPackages())
                .extracting(CoverageRow::getName)
                .anySatisfy(name -> assertThat(name).contains("canarydeploy").contains("coverage"));
        GateOutcomes gates = GateEvaluator.evaluate(
                List.of(QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 50, GateCriticality.UNSTABLE)),
                result.metricValues(),
                null);
        assertThat(gates.getOverallStatus()).as("the core is well tested").isEqualTo(GateStatus.PASSED);
    }
}
