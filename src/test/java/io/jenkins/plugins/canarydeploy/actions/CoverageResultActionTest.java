package io.jenkins.plugins.canarydeploy.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.actions.QualityResultAction.ReferenceBuild;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageCounter;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageFormat;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageMetric;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResult;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResultFile;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageRow;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageSummaryModel;
import io.jenkins.plugins.canarydeploy.quality.gate.GateCriticality;
import io.jenkins.plugins.canarydeploy.quality.gate.GateEvaluator;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.GateScope;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage action's pages: the summary from the numbers in build.xml, the details from the result file. */
class CoverageResultActionTest {
    private static final CoverageCounter LINE = new CoverageCounter(CoverageMetric.LINE, 8, 6);
    private static final CoverageResult RESULT = CoverageResult.builder(CoverageFormat.COBERTURA)
            .report("coverage.xml")
            .total(LINE)
            .total(new CoverageCounter(CoverageMetric.BRANCH, 3, 1))
            .packageRow(new CoverageRow("bucketlist", "", List.of(LINE)))
            .fileRow(new CoverageRow("bucketlist/app.py", "bucketlist", List.of(LINE)))
            .build();
    private static final ReferenceBuild REFERENCE = new ReferenceBuild("bucketlist#41", "#41", "job/bucketlist/41/");

    @TempDir
    Path buildFolder;

    @Test
    void shouldSummarizeFromTheNumbersItKeeps() {
        CoverageResultAction action = action(List.of(new CoverageCounter(CoverageMetric.LINE, 6, 8)));
        action.forgetResult();

        CoverageSummaryModel summary = action.getSummary();

        assertThat(summary.getHeadline()).isEqualTo("Line 57.14%, Branch 75.00%");
        assertThat(summary.getMetrics())
                .extracting(CoverageSummaryModel.MetricLine::getDeltaText)
                .containsExactly("+14.29%", "");
        assertThat(action.getMetricValues().get(MetricKeys.COVERAGE_LINE)).hasValue(LINE.getPercentage());
        assertThat(action.getReferenceName()).isEqualTo("#41");
        assertThat(action.getReferenceUrl()).isEqualTo("job/bucketlist/41/");
        assertThat(action.getStatusIcon()).as("the gate failed: UNSTABLE").isEqualTo("symbol-status-yellow");
        assertThat(action.getReportCount()).isEqualTo(1);
        assertThat(action.getResult()).as("no folder known, nothing read").isNull();
    }

    @Test
    void shouldReadTheResultFileOnlyWhenTheDetailsAreShown() throws IOException {
        CoverageResultFile.write(RESULT, buildFolder.resolve(CoverageResultFile.FILE_NAME));
        CoverageResultAction action = action(List.of());
        action.useFolder(buildFolder);
        action.forgetResult();

        assertThat(action.getResult()).isEqualTo(RESULT);
        Files.delete(buildFolder.resolve(CoverageResultFile.FILE_NAME));
        assertThat(action.getDetails()).as("held after the first read").isNotNull();
        assertThat(action.getDetails().getFiles())
                .singleElement()
                .satisfies(row -> assertThat(row.getName()).isEqualTo("bucketlist/app.py"));
    }

    @Test
    void shouldKeepTheResultJustRecordedWithoutReadingIt() {
        CoverageResultAction action = action(List.of());
        action.useFolder(buildFolder);

        assertThat(action.getResult()).isSameAs(RESULT);
    }

    @Test
    void shouldSayWhyTheDetailsCannotBeShown() throws IOException {
        CoverageResultAction action = action(List.of());
        action.useFolder(buildFolder);
        action.forgetResult();

        assertThat(action.getDetails()).isNull();
        assertThat(action.getLoadProblem()).contains(CoverageResultFile.FILE_NAME);

        Files.writeString(buildFolder.resolve(CoverageResultFile.FILE_NAME), "{\"schema\": 1, \"format\": ");
        assertThat(action.getResult()).isNull();
        assertThat(action.getLoadProblem())
                .startsWith("Cannot read the coverage result '")
                .contains(CoverageResultFile.FILE_NAME);
    }

    private static CoverageResultAction action(List<CoverageCounter> referenceTotals) {
        GateOutcomes gates = GateEvaluator.evaluate(
                List.of(QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 80, GateCriticality.UNSTABLE)),
                RESULT.metricValues(),
                null);
        return new CoverageResultAction(RESULT, gates, REFERENCE, referenceTotals);
    }
}
