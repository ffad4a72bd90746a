package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.hm.hafner.coverage.registry.ParserRegistry.CoverageParserType;
import io.jenkins.plugins.canarydeploy.quality.QualityReportException;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real reports of every format, written by the real tools (see the README beside the samples). */
class CoverageRecorderTest {
    @TempDir
    Path workspace;

    @Test
    void shouldOfferEveryFormatOfCoverageModel() {
        assertThat(Arrays.stream(CoverageFormat.values()).map(CoverageFormat::parserType))
                .containsExactlyInAnyOrder(CoverageParserType.values());
        assertThat(CoverageFormat.fromText("go")).hasValue(CoverageFormat.GO_COV);
        assertThat(CoverageFormat.fromText(" jacoco ")).hasValue(CoverageFormat.JACOCO);
        assertThat(CoverageFormat.fromText("open-cover")).isEmpty();
        assertThat(CoverageFormat.check("emma"))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("'emma' is not a coverage report format: use one of COBERTURA, JACOCO, LCOV"));
    }

    @Test
    void shouldSummarizeTheJacocoReportOfARealRun() throws IOException {
        CoverageResult result = record("reports/jacoco-prices.xml", CoverageFormat.JACOCO, "jacoco-prices.xml");

        assertThat(result.getReports()).containsExactly("reports/jacoco-prices.xml");
        assertThat(result.getTotals())
                .containsSubsequence(
                        new CoverageCounter(CoverageMetric.LINE, 7, 3),
                        new CoverageCounter(CoverageMetric.BRANCH, 5, 3),
                        new CoverageCounter(CoverageMetric.INSTRUCTION, 31, 13),
                        new CoverageCounter(CoverageMetric.METHOD, 3, 2));
        assertThat(result.getPackages()).extracting(CoverageRow::getName).containsExactly("demo");
        assertThat(result.getFiles()).singleElement().satisfies(file -> {
            assertThat(file.getName()).isEqualTo("demo/Prices.java");
            assertThat(file.getPackageName()).isEqualTo("demo");
            assertThat(file.counter(CoverageMetric.BRANCH)).hasValue(new CoverageCounter(CoverageMetric.BRANCH, 5, 3));
        });
        assertThat(result.metricValues().get(MetricKeys.COVERAGE_LINE)).hasValue(70.0);
        assertThat(result.metricValues().get(MetricKeys.COVERAGE_BRANCH)).hasValue(62.5);
        assertThat(result.getOtherValues()).containsEntry("CYCLOMATIC_COMPLEXITY", 9.0);
    }

    @Test
    void shouldMergeReportsOfTwoRunsIntoTheirUnion() throws IOException {
        CoverageResult add = record("cobertura-add.xml", CoverageFormat.COBERTURA, "cobertura-add.xml");
        CoverageResult both =
                record("**/cobertura-*.xml", CoverageFormat.COBERTURA, "cobertura-add.xml", "cobertura-remove.xml");

        assertThat(add.total(CoverageMetric.LINE)).hasValue(new CoverageCounter(CoverageMetric.LINE, 8, 6));
        assertThat(both.getReports()).containsExactly("cobertura-add.xml", "cobertura-remove.xml");
        assertThat(both.total(CoverageMetric.LINE)).hasValue(new CoverageCounter(CoverageMetric.LINE, 11, 3));
        assertThat(both.total(CoverageMetric.BRANCH)).hasValue(new CoverageCounter(CoverageMetric.BRANCH, 5, 3));
    }

    @Test
    void shouldReadLcovCloverGoAndOpenCover() throws IOException {
        assertThat(record("lcov-add.info", CoverageFormat.LCOV, "lcov-add.info").total(CoverageMetric.LINE))
                .hasValue(new CoverageCounter(CoverageMetric.LINE, 8, 6));
        assertThat(record("clover-cart.xml", CoverageFormat.CLOVER, "clover-cart.xml")
                        .getTotals())
                .contains(
                        new CoverageCounter(CoverageMetric.LINE, 17, 4),
                        new CoverageCounter(CoverageMetric.BRANCH, 3, 1),
                        new CoverageCounter(CoverageMetric.METHOD, 2, 1));
        CoverageResult go = record("*.out", CoverageFormat.GO_COV, "go-pricing.out");
        assertThat(go.total(CoverageMetric.LINE)).hasValue(new CoverageCounter(CoverageMetric.LINE, 7, 8));
        assertThat(go.getFiles()).extracting(CoverageRow::getName).containsExactly("pricing/pricing.go");
        CoverageResult openCover = record("opencover.xml", CoverageFormat.OPENCOVER, "opencover.xml");
        assertThat(openCover.total(CoverageMetric.BRANCH)).hasValue(new CoverageCounter(CoverageMetric.BRANCH, 35, 13));
        assertThat(openCover.getFiles()).hasSize(3);
    }

    @Test
    void shouldReadMutationsMetricsAndTestResults() throws IOException {
        assertThat(record("pit-mutation.xml", CoverageFormat.PIT, "pit-mutation.xml")
                        .total(CoverageMetric.MUTATION))
                .hasValue(new CoverageCounter(CoverageMetric.MUTATION, 0, 1));
        assertThat(record("vectorcast-statement.xml", CoverageFormat.VECTORCAST, "vectorcast-statement.xml")
                        .total(CoverageMetric.LINE))
                .hasValue(new CoverageCounter(CoverageMetric.LINE, 41, 23));
        assertThat(record("metrics-pmd.xml", CoverageFormat.METRICS, "metrics-pmd.xml")
                        .getOtherValues())
                .containsEntry("NCSS", 1000.0);
        assertThat(record("junit-surefire.xml", CoverageFormat.JUNIT, "junit-surefire.xml")
                        .getOtherValues())
                .containsEntry("TESTS", 1.0);
        assertThat(record("nunit.xml", CoverageFormat.NUNIT, "nunit.xml").getOtherValues())
                .containsEntry("TESTS", 4.0);
        assertThat(record("xunit.xml", CoverageFormat.XUNIT, "xunit.xml").getOtherValues())
                .containsEntry("TESTS", 3.0);
    }

    @Test
    void shouldNameBothReportsWhenCoverageModelCannotMergeThem() {
        Samples.copy(workspace, "lcov-add.info", "lcov-remove.info");

        assertThatThrownBy(() -> CoverageRecorder.record(workspace, CoverageSettings.of("*.info", CoverageFormat.LCOV)))
                .isInstanceOf(QualityReportException.class)
                .hasMessageStartingWith("Cannot merge the reports lcov-add.info, lcov-remove.info: Cannot merge"
                        + " coverage information for line 13")
                .hasMessageContaining("record them in separate steps");
    }

    /** Records the samples, copied into a folder of their own below the workspace. */
    private CoverageResult record(String pattern, CoverageFormat format, String... samples) throws IOException {
        Path folder = workspace.resolve(String.join("+", samples));
        Path reports = pattern.startsWith("reports/") ? folder.resolve("reports") : folder;
        Samples.copy(reports, samples);
        return CoverageRecorder.record(folder, CoverageSettings.of(pattern, format));
    }
}
