package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summary, metrics and issues table of build 2 of the sample job, against build 1. */
class LintViewModelsTest {
    private LintResult reference;
    private LintResult current;
    private LintDelta delta;

    @BeforeEach
    void recordTwoBuilds(@TempDir Path first, @TempDir Path second) throws IOException {
        LintSettings settings =
                LintSettings.of(new LintTool("pylint", "pylint.log"), new LintTool("eslint", "eslint.json"));
        reference = new LintRecorder(settings).record(LintSamples.workspace(first));
        current = new LintRecorder(settings.withMaxRows(20)).record(LintSamples.secondBuild(second));
        delta = LintDelta.between(current, reference);
    }

    @Test
    void shouldGiveTheGateItsMetrics() {
        assertThat(LintMetrics.of(current, delta))
                .containsExactly(
                        entry("issues.total", 29.0),
                        entry("issues.error", 4.0),
                        entry("issues.high", 0.0),
                        entry("issues.normal", 10.0),
                        entry("issues.low", 15.0),
                        entry("issues.new", 1.0),
                        entry("issues.fixed", 2.0));
        assertThat(LintMetrics.of(current, LintDelta.between(current, null)))
                .containsEntry(LintMetrics.NEW, 0.0)
                .containsEntry(LintMetrics.FIXED, 0.0);
    }

    @Test
    void shouldSummariseTotalsNewAndFixedPerTool() {
        LintSummaryModel summary = LintSummaryModel.of(current, delta, "#41");

        assertThat(summary.getHeadline())
                .isEqualTo("29 issues (4 errors, 10 normal, 15 low): 1 new, 2 fixed against #41");
        assertThat(summary.getCounts())
                .extracting(SeverityCount::label, SeverityCount::count)
                .containsExactly(tuple("Error", 4), tuple("High", 0), tuple("Normal", 10), tuple("Low", 15));
        assertThat(summary.getTools())
                .extracting(
                        LintSummaryModel.ToolSummary::name,
                        LintSummaryModel.ToolSummary::total,
                        LintSummaryModel.ToolSummary::newCount,
                        LintSummaryModel.ToolSummary::fixedCount)
                .containsExactly(tuple("Pylint", 24, 1, 2), tuple("ESLint", 5, 0, 0));
        assertThat(summary.getMetrics()).containsEntry(LintMetrics.TOTAL, 29.0);
        assertThat(LintSummaryModel.of(current, LintDelta.between(current, null), "")
                        .getHeadline())
                .endsWith("15 low), no reference build to compare with");
        assertThat(LintSummaryModel.of(new LintResult(List.of()), delta, "").getHeadline())
                .startsWith("No issues");
    }

    @Test
    void shouldListTheIssuesOfOneToolWithTheNewOneMarkedAndTheFixedOnes() {
        IssuesTableModel table = IssuesTableModel.of(current, delta, "pylint");

        assertThat(table.getTotal()).isEqualTo(24);
        assertThat(table.isTruncated()).isTrue();
        assertThat(table.getCaption())
                .isEqualTo("Showing the 20 most severe of 24 issues; the counts include all of them.");
        assertThat(table.getRows()).hasSize(20).first().satisfies(row -> {
            assertThat(row.severityLabel()).isEqualTo("Normal");
            assertThat(row.location()).isEqualTo("bucketlist/app.py:2");
            assertThat(row.message()).isEqualTo("Unused import os");
            assertThat(row.tool()).isEqualTo("Pylint");
            assertThat(row.isNew()).isFalse();
        });
        assertThat(table.getRows())
                .filteredOn(IssueTableRow::isNew)
                .extracting(IssueTableRow::location, IssueTableRow::type)
                .containsExactly(tuple("bucketlist/app.py:18", "missing-function-docstring"));
        assertThat(table.getFixedCount()).isEqualTo(2);
        assertThat(table.getFixedRows())
                .extracting(IssueTableRow::type)
                .containsExactlyInAnyOrder("unused-variable", "missing-module-docstring");
    }

    @Test
    void shouldListAllToolsMostSevereFirst() {
        IssuesTableModel table = IssuesTableModel.of(reference, LintDelta.between(reference, null), "");

        assertThat(table.getTotal()).isEqualTo(30);
        assertThat(table.isTruncated()).isFalse();
        assertThat(table.getCaption()).isEqualTo("30 issues.");
        assertThat(table.getRows().get(0))
                .extracting(IssueTableRow::tool, IssueTableRow::location, IssueTableRow::severity)
                .containsExactly("ESLint", "web/bucket.js:4:14", LintSeverity.ERROR);
    }

    @Test
    void shouldSplitMultiLineMessagesIntoMessageAndDetails() {
        IssueRow sarif = new IssueRow(
                LintSeverity.WARNING_NORMAL,
                "",
                0,
                0,
                "EmptyCatchBlock",
                "",
                "EmptyCatchBlock\n\nAvoid empty catch blocks\n",
                1L);

        IssueTableRow row = IssueTableRow.of("SARIF", sarif, false);

        assertThat(row.message()).isEqualTo("EmptyCatchBlock");
        assertThat(row.details()).isEqualTo("Avoid empty catch blocks");
        assertThat(row.location()).isEqualTo("-");
    }
}
