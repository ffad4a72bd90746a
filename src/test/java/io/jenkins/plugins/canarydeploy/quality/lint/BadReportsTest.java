package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad reports give one clear message naming the file and the fix, never a stack trace or an exception. */
class BadReportsTest {
    @TempDir
    Path workspace;

    private ToolResult record(LintSettings settings) throws IOException {
        return new LintRecorder(settings).record(workspace).getTools().get(0);
    }

    private ToolResult record(String id, String pattern) throws IOException {
        return record(LintSettings.of(new LintTool(id, pattern)));
    }

    private static void assertNoStackTrace(String message) {
        assertThat(message).doesNotContain("\tat ", "Exception:", "\n");
    }

    @Test
    void shouldNameTheFileAndTheLineOfMalformedXml() throws IOException {
        LintSamples.workspace(workspace);
        Path report = workspace.resolve("checkstyle-result.xml");
        String text = Files.readString(report);
        Files.writeString(report, text.substring(0, text.indexOf("<error line=\"9\"")) + "<error line=\"9\" sev");

        ToolResult checkstyle = record("checkstyle", "checkstyle-result.xml");

        assertThat(checkstyle.getTotal()).isZero();
        assertThat(checkstyle.getReportFiles()).isEmpty();
        assertThat(checkstyle.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("CheckStyle: 'checkstyle-result.xml' cannot be parsed (line 9: ")
                .contains("Check that the tool id matches the tool that wrote the file")
                .doesNotContain(workspace.toString())
                .satisfies(BadReportsTest::assertNoStackTrace);
    }

    @Test
    void shouldSayThatAnXmlReportIsEmpty() throws IOException {
        Files.writeString(workspace.resolve("checkstyle-result.xml"), "\n  \n");

        ToolResult checkstyle = record("checkstyle", "checkstyle-result.xml");

        assertThat(checkstyle.getErrors())
                .containsExactly("CheckStyle: 'checkstyle-result.xml' is empty. Check that the tool ran to its end and"
                        + " wrote its report there.");
    }

    @Test
    void shouldTakeAnEmptyFlake8ReportAsNoIssues() throws IOException {
        // flake8 writes nothing at all when it finds nothing
        Files.writeString(workspace.resolve("flake8.txt"), "");

        ToolResult flake8 = record("flake8", "flake8.txt");

        assertThat(flake8.getTotal()).isZero();
        assertThat(flake8.getErrors()).isEmpty();
        assertThat(flake8.getNotes()).isEmpty();
        assertThat(flake8.getReportFiles()).containsExactly("flake8.txt");
    }

    @Test
    void shouldRefuseAReportOfAnotherFormat() throws IOException {
        LintSamples.workspace(workspace);

        ToolResult checkstyle = record("checkstyle", "pylint.log");
        ToolResult spotbugs = record("spotbugs", "eslint.json");

        assertThat(checkstyle.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("CheckStyle: 'pylint.log' is not a CheckStyle report: the parser does not accept the"
                        + " file.")
                .satisfies(BadReportsTest::assertNoStackTrace);
        assertThat(spotbugs.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("SpotBugs: 'eslint.json' cannot be parsed (")
                .satisfies(BadReportsTest::assertNoStackTrace);
    }

    @Test
    void shouldNoteWhenATextReportHoldsNoIssueOfTheTool() throws IOException {
        LintSamples.workspace(workspace);

        ToolResult pylint = record("pylint", "checkstyle-result.xml");

        assertThat(pylint.getTotal()).isZero();
        assertThat(pylint.getErrors()).isEmpty();
        assertThat(pylint.getNotes())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("Pylint: 'checkstyle-result.xml' holds no issue. If the tool reported issues, the file is"
                        + " not in a format the Pylint parser reads");
    }

    @Test
    void shouldNameTheFileOfMalformedJson() throws IOException {
        Files.writeString(workspace.resolve("eslint.json"), "[{\"filePath\": \"web/a.js\", \"messages\": [");
        Files.writeString(workspace.resolve("results.sarif"), "{\"version\": \"2.1.0\", \"runs\": [{\"results\": ");

        ToolResult eslint = record("eslint", "eslint.json");
        ToolResult sarif = record("sarif", "results.sarif");

        assertThat(eslint.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("ESLint: ")
                .contains("'eslint.json'")
                .satisfies(BadReportsTest::assertNoStackTrace);
        assertThat(sarif.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("SARIF: 'results.sarif' cannot be parsed (")
                .satisfies(BadReportsTest::assertNoStackTrace);
    }

    @Test
    void shouldRefuseAHugeReportWithoutReadingIt() throws IOException {
        LintSamples.workspace(workspace);
        Path report = workspace.resolve("pylint.log");
        byte[] sample = Files.readAllBytes(report);
        try (var out = Files.newOutputStream(report)) {
            for (int written = 0; written < 3 << 20; written += sample.length) {
                out.write(sample);
            }
        }

        ToolResult pylint =
                record(LintSettings.of(new LintTool("pylint", "pylint.log")).withMaxReportMegabytes(2));

        assertThat(pylint.getTotal()).isZero();
        assertThat(pylint.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("Pylint: 'pylint.log' has 3.0 MB, more than the 2.0 MB allowed. Raise the report size"
                        + " limit (maxReportMegabytes)");
    }

    @Test
    void shouldKeepTheIssuesOfGoodReportsBesideABadOne() throws IOException {
        LintSamples.workspace(workspace);
        Files.createDirectories(workspace.resolve("broken"));
        Files.writeString(
                workspace.resolve("broken/checkstyle-result.xml"),
                "<?xml version=\"1.0\"?>\n<checkstyle><file name=\"A.java\">",
                StandardCharsets.UTF_8);

        ToolResult checkstyle = record("checkstyle", "**/checkstyle-result.xml");

        assertThat(checkstyle.getReportFiles()).containsExactly("checkstyle-result.xml");
        assertThat(checkstyle.getTotal()).isEqualTo(14);
        assertThat(checkstyle.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("CheckStyle: 'broken/checkstyle-result.xml' cannot be parsed (");
    }
}
