package io.jenkins.plugins.canarydeploy.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.quality.QualityReportException;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageCounter;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageFormat;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageMetric;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResult;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage callable run as an agent runs it, on a workspace with reports written by coverage.py. */
class CoverageCallableTest {
    private static final String SAMPLES = "/io/jenkins/plugins/canarydeploy/quality/coverage/";

    @TempDir
    Path workspace;

    @Test
    void shouldMergeTheReportsOfTheWorkspace() throws IOException {
        copy("cobertura-add.xml", "reports/cobertura-add.xml");
        copy("cobertura-remove.xml", "reports/cobertura-remove.xml");

        CoverageResult result = callable("reports/*.xml", false).invoke(workspace.toFile(), null);

        assertThat(result.getReports()).containsExactly("reports/cobertura-add.xml", "reports/cobertura-remove.xml");
        assertThat(result.total(CoverageMetric.LINE)).hasValue(new CoverageCounter(CoverageMetric.LINE, 11, 3));
        assertThat(result.total(CoverageMetric.BRANCH)).hasValue(new CoverageCounter(CoverageMetric.BRANCH, 5, 3));
    }

    @Test
    void shouldFailWithOneMessageNamingTheBadReportAndNoStackTrace() throws IOException {
        copy("cobertura-add.xml", "reports/cobertura-add.xml");
        Files.writeString(workspace.resolve("reports/broken.xml"), "<coverage><packages>");

        assertThatThrownBy(() -> callable("reports/*.xml", false).invoke(workspace.toFile(), null))
                .isInstanceOf(QualityReportException.class)
                .hasMessageStartingWith("Cannot record Cobertura coverage: 1 of 2 report(s) could not be read.")
                .hasMessageContaining("'reports/broken.xml' is not a valid Cobertura report")
                .hasMessageNotContaining("\tat ")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void shouldRecordTheGoodReportsAndListTheBadOnesWhenAskedToSkipThem() throws IOException {
        copy("cobertura-add.xml", "reports/cobertura-add.xml");
        copy("lcov-add.info", "reports/lcov.xml");

        CoverageResult result = callable("reports/*.xml", true).invoke(workspace.toFile(), null);

        assertThat(result.getReports()).containsExactly("reports/cobertura-add.xml");
        assertThat(result.getProblems())
                .singleElement()
                .asString()
                .startsWith("'reports/lcov.xml' is not a valid Cobertura report")
                .contains("set the format to 'LCOV'");
        assertThat(result.total(CoverageMetric.LINE)).hasValue(new CoverageCounter(CoverageMetric.LINE, 8, 6));
    }

    @Test
    void shouldTravelToTheAgentAndItsResultBack() throws Exception {
        copy("cobertura-add.xml", "coverage.xml");

        CoverageCallable sent = roundTrip(callable("coverage.xml", false));
        CoverageResult result = sent.invoke(workspace.toFile(), null);

        assertThat(roundTrip(result)).isEqualTo(result);
    }

    private static CoverageCallable callable(String pattern, boolean skipBadReports) {
        return new CoverageCallable(new CoverageSettings(
                pattern, CoverageFormat.COBERTURA, CoverageSettings.DEFAULT_MAX_REPORT_MEGABYTES, skipBadReports));
    }

    private void copy(String sample, String target) throws IOException {
        Path file = workspace.resolve(target);
        Files.createDirectories(file.getParent());
        try (InputStream in = CoverageCallableTest.class.getResourceAsStream(SAMPLES + sample)) {
            assertThat(in).as(sample).isNotNull();
            Files.copy(in, file);
        }
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
