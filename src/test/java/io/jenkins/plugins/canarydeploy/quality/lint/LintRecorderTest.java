package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintRecorderTest {
    @TempDir
    Path workspace;

    private ToolResult recordOne(String id, String pattern) throws IOException {
        LintResult result = new LintRecorder(LintSettings.of(new LintTool(id, pattern))).record(workspace);
        assertThat(result.getTools()).hasSize(1);
        return result.getTools().get(0);
    }

    @Test
    void shouldCountPylintIssuesBySeverityWithRowsRelativeToTheWorkspace() throws IOException {
        LintSamples.workspace(workspace);

        ToolResult pylint = recordOne("pylint", "**/pylint.log");

        assertThat(pylint.getName()).isEqualTo("Pylint");
        assertThat(pylint.getReportFiles()).containsExactly("pylint.log");
        assertThat(pylint.getCounts()).isEqualTo(SeverityCounts.of(0, 0, 10, 15));
        assertThat(pylint.getErrors()).isEmpty();
        assertThat(pylint.getRows()).hasSize(25).first().satisfies(row -> {
            assertThat(row.getSeverity()).isEqualTo(LintSeverity.WARNING_NORMAL);
            assertThat(row.getFile()).isEqualTo("bucketlist/app.py");
            assertThat(row.getLine()).isEqualTo(1);
            assertThat(row.getType()).isEqualTo("unused-import");
            assertThat(row.getCategory()).isEqualTo("Warning");
            assertThat(row.getMessage()).isEqualTo("Unused import os");
            assertThat(row.getFingerprintText()).hasSize(16);
        });
    }

    @Test
    void shouldReadTheReportsOfSevenToolsAtOnce() throws IOException {
        LintSamples.workspace(workspace);

        LintResult result = new LintRecorder(LintSettings.of(
                        new LintTool("pylint", "pylint.log"),
                        new LintTool("flake8", "flake8.txt"),
                        new LintTool("checkstyle", "checkstyle-result.xml"),
                        new LintTool("pmd", "pmd.xml"),
                        new LintTool("spotbugs", "spotbugsXml.xml"),
                        new LintTool("eslint", "eslint.json"),
                        new LintTool("sarif", "pmd.sarif")))
                .record(workspace);

        assertThat(result.getTools())
                .extracting(ToolResult::getId)
                .containsExactly("pylint", "flake8", "checkstyle", "pmd", "spotbugs", "eslint", "sarif");
        assertThat(result.getTool("flake8").orElseThrow().getCounts()).isEqualTo(SeverityCounts.of(0, 13, 0, 0));
        assertThat(result.getTool("checkstyle").orElseThrow().getCounts()).isEqualTo(SeverityCounts.of(14, 0, 0, 0));
        assertThat(result.getTool("pmd").orElseThrow().getCounts()).isEqualTo(SeverityCounts.of(0, 0, 5, 0));
        assertThat(result.getTool("spotbugs").orElseThrow().getCounts()).isEqualTo(SeverityCounts.of(0, 0, 0, 4));
        assertThat(result.getTool("eslint").orElseThrow().getCounts()).isEqualTo(SeverityCounts.of(4, 0, 1, 0));
        assertThat(result.getTool("sarif").orElseThrow().getCounts()).isEqualTo(SeverityCounts.of(0, 0, 5, 0));
        assertThat(result.getCounts()).isEqualTo(SeverityCounts.of(18, 13, 21, 19));
        assertThat(result.getTotal()).isEqualTo(71);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void shouldMakeAbsolutePathsOfTheToolsRelativeToTheWorkspace() throws IOException {
        LintSamples.workspace(workspace);

        ToolResult checkstyle = recordOne("checkstyle", "checkstyle-result.xml");
        ToolResult eslint = recordOne("eslint", "eslint.json");

        assertThat(checkstyle.getRows()).extracting(IssueRow::getFile).containsOnly("src/main/java/demo/Bucket.java");
        assertThat(eslint.getRows()).extracting(IssueRow::getFile).containsOnly("web/bucket.js");
        assertThat(eslint.getRows().get(0))
                .hasToString("Error web/bucket.js:4:14 [eqeqeq] Expected '===' and instead saw '=='.");
    }

    @Test
    void shouldCapTheTableButKeepTheCountsExactWithTheMostSevereRows() throws IOException {
        LintSamples.workspace(workspace);

        LintResult result = new LintRecorder(
                        LintSettings.of(new LintTool("pylint", "pylint.log")).withMaxRows(3))
                .record(workspace);

        ToolResult pylint = result.getTools().get(0);
        assertThat(pylint.getTotal()).isEqualTo(25);
        assertThat(pylint.fingerprints()).hasSize(25);
        assertThat(pylint.isTruncated()).isTrue();
        assertThat(pylint.getRows())
                .extracting(IssueRow::getSeverity, IssueRow::getLine, IssueRow::getType)
                .containsExactly(
                        tuple(LintSeverity.WARNING_NORMAL, 1, "unused-import"),
                        tuple(LintSeverity.WARNING_NORMAL, 1, "unused-import"),
                        tuple(LintSeverity.WARNING_NORMAL, 6, "unspecified-encoding"));
    }

    @Test
    void shouldAddUpSeveralReportFilesOfOneTool() throws IOException {
        LintSamples.workspace(workspace);
        Files.createDirectories(workspace.resolve("module-b"));
        Files.copy(workspace.resolve("flake8.txt"), workspace.resolve("module-b/flake8.txt"));

        ToolResult flake8 = recordOne("flake8", "**/flake8.txt");

        assertThat(flake8.getReportFiles()).containsExactly("flake8.txt", "module-b/flake8.txt");
        assertThat(flake8.getTotal()).isEqualTo(26);
    }

    @Test
    void shouldUseTheUsualReportFileOfATool() throws IOException {
        LintSamples.workspace(workspace);
        assertThat(LintTools.registry().defaultPattern("checkstyle")).isEqualTo("**/checkstyle-result.xml");

        ToolResult checkstyle = recordOne("checkstyle", "");

        assertThat(checkstyle.getReportFiles()).containsExactly("checkstyle-result.xml");
    }

    @Test
    void shouldNameThePatternThatMatchedNothing() throws IOException {
        LintSamples.workspace(workspace);

        ToolResult pylint = recordOne("pylint", "reports/pylint.log");

        assertThat(pylint.getTotal()).isZero();
        assertThat(pylint.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("Pylint: the pattern 'reports/pylint.log' matched no file in the workspace.")
                .contains("for example '**/pylint.log'");
    }

    @Test
    void shouldNeverFollowLinksOutOfTheWorkspace(@TempDir Path outside) throws IOException {
        LintSamples.workspace(workspace);
        Files.copy(workspace.resolve("flake8.txt"), outside.resolve("flake8.txt"));
        Files.createDirectories(outside.resolve("reports"));
        Files.copy(workspace.resolve("flake8.txt"), outside.resolve("reports/flake8.txt"));
        Files.createDirectories(workspace.resolve("links"));
        Files.createSymbolicLink(workspace.resolve("links/outside-flake8.txt"), outside.resolve("flake8.txt"));
        Files.createSymbolicLink(workspace.resolve("links/inside-flake8.txt"), workspace.resolve("flake8.txt"));
        Files.createSymbolicLink(workspace.resolve("links/folder"), outside.resolve("reports"));

        ToolResult flake8 = recordOne("flake8", "links/**/*flake8.txt");

        assertThat(flake8.getReportFiles()).containsExactly("links/inside-flake8.txt");
        assertThat(flake8.getTotal()).isEqualTo(13);
        assertThat(flake8.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("Flake8: 'links/outside-flake8.txt' is a link that leads out of the workspace");
    }

    @Test
    void shouldRefuseInvalidSettingsNamingEveryField() {
        LintSettings settings = new LintSettings(
                List.of(new LintTool("pylnt", "*.log"), new LintTool("flake8", "/reports/flake8.txt")), 0, 0);

        assertThatThrownBy(() -> new LintRecorder(settings))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("'id': Unknown tool id 'pylnt'. Did you mean 'pylint'")
                .hasMessageContaining("'pattern': '/reports/flake8.txt' is an absolute path")
                .hasMessageContaining("'maxRows'")
                .hasMessageContaining("'maxReportMegabytes'");
    }

    @Test
    void shouldFailClearlyWithoutAWorkspace() {
        Path missing = workspace.resolve("missing");

        assertThatThrownBy(() -> new LintRecorder(LintSettings.of(new LintTool("pylint", "*.log"))).record(missing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not a folder");
    }
}
