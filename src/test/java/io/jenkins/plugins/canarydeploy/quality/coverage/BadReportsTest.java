package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.quality.QualityReportException;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad reports end in one clear sentence naming the report: never a stack trace, never a parser's raw message. */
class BadReportsTest {
    @TempDir
    Path workspace;

    @Test
    void shouldNameAnEmptyReport() throws IOException {
        Files.createFile(workspace.resolve("coverage.xml"));

        assertThat(problemOf("coverage.xml", CoverageFormat.COBERTURA))
                .isEqualTo("'coverage.xml' is empty (0 bytes): the tool that writes it failed or has not run before"
                        + " this step.");
    }

    @Test
    void shouldSayWhereAReportIsMalformed() throws IOException {
        String truncated = Files.readString(Samples.copy(workspace.resolve("full"), "cobertura-add.xml")
                        .resolve("cobertura-add.xml"))
                .substring(0, 900);
        Files.writeString(workspace.resolve("coverage.xml"), truncated);
        Files.writeString(workspace.resolve("broken.xml"), "<coverage><packages><package name=\"a\"></coverage>");

        assertThat(problemOf("coverage.xml", CoverageFormat.COBERTURA))
                .startsWith("'coverage.xml' is not a valid Cobertura report: ");
        assertThat(problemOf("broken.xml", CoverageFormat.COBERTURA))
                .startsWith("'broken.xml' is not a valid Cobertura report: not well-formed XML at line 1, column ")
                .contains("package");
    }

    @Test
    void shouldNameTheRightFormatWhenTheReportHasAnother() throws IOException {
        Samples.copy(workspace, "jacoco-prices.xml", "cobertura-add.xml", "lcov-add.info");

        assertThat(problemOf("jacoco-prices.xml", CoverageFormat.COBERTURA))
                .isEqualTo("'jacoco-prices.xml' is not a valid Cobertura report: the attribute 'filename' is missing"
                        + " where the format requires it. It looks like a JaCoCo report: set the format to 'JACOCO'.");
        assertThat(problemOf("cobertura-add.xml", CoverageFormat.JACOCO))
                .isEqualTo("'cobertura-add.xml' has no JaCoCo data: is it a JaCoCo report? It looks like a Cobertura"
                        + " report: set the format to 'COBERTURA'.");
        assertThat(problemOf("lcov-add.info", CoverageFormat.COBERTURA))
                .startsWith("'lcov-add.info' is not a valid Cobertura report: not well-formed XML at line 1, column 1")
                .endsWith("It looks like a LCOV report: set the format to 'LCOV'.");
        assertThat(problemOf("lcov-add.info", CoverageFormat.GO_COV)).contains("'lcov-add.info'");
    }

    @Test
    void shouldRefuseAReportAboveTheSizeLimitBeforeReadingIt() throws IOException {
        try (OutputStream out = Files.newOutputStream(workspace.resolve("huge.xml"))) {
            out.write("<coverage><packages>".getBytes(StandardCharsets.UTF_8));
            byte[] filler = "<!-- padding -->".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40; i++) {
                out.write(filler); // 2.5 MB of comments, never a complete report
            }
        }
        CoverageSettings oneMegabyte = new CoverageSettings("huge.xml", CoverageFormat.COBERTURA, 1, false);

        assertThatThrownBy(() -> CoverageRecorder.record(workspace, oneMegabyte))
                .isInstanceOf(QualityReportException.class)
                .hasMessageContaining("'huge.xml' is 2.5 MB, more than the 1 MB allowed for one report"
                        + " ('maxReportMegabytes'). Raise the limit if the report is right, or narrow the pattern.");
    }

    @Test
    void shouldSkipBadReportsOnlyWhenAskedAndNeverWhenNoneIsGood() throws IOException {
        Samples.copy(workspace, "cobertura-add.xml");
        Files.writeString(workspace.resolve("cobertura-bad.xml"), "not xml at all");

        assertThatThrownBy(() ->
                        CoverageRecorder.record(workspace, CoverageSettings.of("*.xml", CoverageFormat.COBERTURA)))
                .isInstanceOf(QualityReportException.class)
                .hasMessageStartingWith("Cannot record Cobertura coverage: 1 of 2 report(s) could not be read.\n"
                        + " - 'cobertura-bad.xml' is not a valid Cobertura report");
        CoverageResult skipping =
                CoverageRecorder.record(workspace, new CoverageSettings("*.xml", CoverageFormat.COBERTURA, 10, true));
        assertThat(skipping.getReports()).containsExactly("cobertura-add.xml");
        assertThat(skipping.getProblems()).singleElement().asString().startsWith("'cobertura-bad.xml' is not a valid");
        assertThatThrownBy(() -> CoverageRecorder.record(
                        workspace, new CoverageSettings("*bad.xml", CoverageFormat.COBERTURA, 10, true)))
                .isInstanceOf(QualityReportException.class)
                .hasMessageStartingWith("Cannot record Cobertura coverage: 1 of 1 report(s) could not be read.");
    }

    @Test
    void shouldNameEveryBadSettingWithItsFix() {
        assertThat(CoverageSettings.check("", "emma", "0").list())
                .extracting(FieldProblem::field)
                .containsExactly("pattern", "format", "maxReportMegabytes");
        assertThat(CoverageSettings.check("../coverage.xml", "cobertura", "lots")
                        .list())
                .extracting(FieldProblem::describe)
                .containsExactly(
                        "'pattern': '../coverage.xml' leaves the source folder with '..': choose a source folder that"
                                + " contains everything to bundle, and patterns inside it.",
                        "'maxReportMegabytes': 'lots' is not a whole number of megabytes: give the largest report to"
                                + " read, for example 100, or leave it empty.");
        assertThat(CoverageSettings.fromText("**/jacoco.xml", "JaCoCo", "", false)
                        .getMaxReportMegabytes())
                .isEqualTo(CoverageSettings.DEFAULT_MAX_REPORT_MEGABYTES);
    }

    private String problemOf(String pattern, CoverageFormat format) {
        try {
            CoverageRecorder.record(workspace, CoverageSettings.of(pattern, format));
        } catch (QualityReportException e) {
            assertThat(e.getMessage()).doesNotContain("\tat ", "Exception");
            assertThat(e.getProblems()).hasSize(1);
            return e.getProblems().get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("'" + pattern + "' was read as " + format);
    }
}
