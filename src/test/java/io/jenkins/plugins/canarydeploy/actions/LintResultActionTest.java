package io.jenkins.plugins.canarydeploy.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.actions.QualityResultAction.ReferenceBuild;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import io.jenkins.plugins.canarydeploy.quality.lint.IssueTableRow;
import io.jenkins.plugins.canarydeploy.quality.lint.IssuesTableModel;
import io.jenkins.plugins.canarydeploy.quality.lint.LintDelta;
import io.jenkins.plugins.canarydeploy.quality.lint.LintMetrics;
import io.jenkins.plugins.canarydeploy.quality.lint.LintRecorder;
import io.jenkins.plugins.canarydeploy.quality.lint.LintResult;
import io.jenkins.plugins.canarydeploy.quality.lint.LintResultFile;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSettings;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTool;
import io.jenkins.plugins.canarydeploy.quality.lint.SeverityCounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint action's pages on Pylint's reports of two builds of the sample job (1 new and 2 fixed issues in the
 * second): the summary from the numbers in build.xml, the details from both builds' result files.
 */
class LintResultActionTest {
    private static final String SAMPLES = "/io/jenkins/plugins/canarydeploy/quality/lint/";
    private static final ReferenceBuild FIRST = new ReferenceBuild("canary-demo#1", "#1", "job/canary-demo/1/");

    @TempDir
    Path buildFolder;

    private LintResult reference;
    private LintResult current;

    @BeforeEach
    void recordTwoBuilds(@TempDir Path first, @TempDir Path second) throws IOException {
        copy("workspace/pylint.log", first.resolve("pylint.log"));
        copy("workspace/bucketlist/app.py", first.resolve("bucketlist/app.py"));
        copy("build2/pylint.log", second.resolve("pylint.log"));
        copy("build2/bucketlist/app.py", second.resolve("bucketlist/app.py"));
        reference = pylint(first);
        current = pylint(second);
    }

    @Test
    void shouldSummarizeFromTheNumbersItKeeps() {
        LintResultAction action = action(FIRST);
        action.forgetResult();

        assertThat(action.getTotal()).isEqualTo(24);
        assertThat(action.getNewCount()).isEqualTo(1);
        assertThat(action.getFixedCount()).isEqualTo(2);
        assertThat(action.getCounts()).isEqualTo(SeverityCounts.of(0, 0, 9, 15));
        assertThat(action.getSeverityCounts())
                .containsExactly(
                        Map.entry("Error", 0), Map.entry("High", 0), Map.entry("Normal", 9), Map.entry("Low", 15));
        assertThat(action.getToolTotals()).containsExactly(Map.entry("Pylint", 24));
        assertThat(action.getErrorCount()).isZero();
        assertThat(action.getStatusIcon()).as("no gates").isEqualTo("symbol-analytics");
        assertThat(action.getResult()).as("no folder known, nothing read").isNull();
    }

    @Test
    void shouldShowNewAndFixedIssuesFromTheResultFilesOfBothBuilds() throws IOException {
        LintResultFile.write(current, buildFolder.resolve(LintResultFile.FILE_NAME));
        LintResultAction action = action(FIRST);
        action.useFolder(buildFolder);
        action.forgetResult();

        IssuesTableModel details = action.details(reference);

        assertThat(details.getRows()).hasSize(24);
        assertThat(details.getRows().stream().filter(IssueTableRow::isNew))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.file()).isEqualTo("bucketlist/app.py");
                    assertThat(row.type()).isEqualTo("missing-function-docstring");
                });
        assertThat(details.getFixedRows())
                .extracting(IssueTableRow::type)
                .containsExactlyInAnyOrder("unused-variable", "missing-module-docstring");
    }

    @Test
    void shouldShowNoNewIssuesWithoutAReference() {
        LintResultAction action = action(null);
        action.useFolder(buildFolder);

        assertThat(action.getDetails().getRows()).noneMatch(IssueTableRow::isNew);
        assertThat(action.getDetailsSummary().hasReference()).isFalse();
    }

    @Test
    void shouldSayWhyTheDetailsCannotBeShown() {
        LintResultAction action = action(null);
        action.useFolder(buildFolder);
        action.forgetResult();

        assertThat(action.getDetails()).isNull();
        assertThat(action.getDetailsSummary()).isNull();
        assertThat(action.getLoadProblem()).contains(LintResultFile.FILE_NAME);
    }

    private LintResultAction action(ReferenceBuild referenceBuild) {
        LintDelta delta = LintDelta.between(current, referenceBuild == null ? null : reference);
        return new LintResultAction(
                current, GateOutcomes.none(), referenceBuild, MetricValues.of(LintMetrics.of(current, delta)));
    }

    private static LintResult pylint(Path workspace) throws IOException {
        return new LintRecorder(LintSettings.of(new LintTool("pylint", "pylint.log"))).record(workspace);
    }

    private static void copy(String sample, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = LintResultActionTest.class.getResourceAsStream(SAMPLES + sample)) {
            assertThat(in).as(sample).isNotNull();
            Files.copy(in, target);
        }
    }
}
