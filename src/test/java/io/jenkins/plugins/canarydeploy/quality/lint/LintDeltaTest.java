package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintDeltaTest {
    private static LintResult pylint(Path workspace) throws IOException {
        return new LintRecorder(LintSettings.of(new LintTool("pylint", "pylint.log"))).record(workspace);
    }

    @Test
    void shouldFindNewAndFixedIssuesAlthoughEveryLineMoved(@TempDir Path first, @TempDir Path second)
            throws IOException {
        // build 2 added a module docstring at the top (all of app.py moved down by one line), removed the
        // unused variable, and added a method without a docstring
        LintResult reference = pylint(LintSamples.workspace(first));
        LintResult current = pylint(LintSamples.secondBuild(second));

        LintDelta delta = LintDelta.between(current, reference);

        assertThat(delta.hasReference()).isTrue();
        assertThat(current.getTotal()).isEqualTo(24);
        assertThat(delta.getNewCount()).isEqualTo(1);
        assertThat(delta.getFixedCount()).isEqualTo(2);
        ToolDelta pylint = delta.getTool("pylint").orElseThrow();
        assertThat(pylint.newIssues())
                .extracting(IssueRow::getFile, IssueRow::getLine, IssueRow::getType)
                .containsExactly(tuple("bucketlist/app.py", 18, "missing-function-docstring"));
        assertThat(pylint.fixedIssues())
                .extracting(IssueRow::getLine, IssueRow::getType)
                .containsExactly(tuple(8, "unused-variable"), tuple(1, "missing-module-docstring"));
    }

    @Test
    void shouldFindNothingNewOrFixedInTheSameReport(@TempDir Path first, @TempDir Path second) throws IOException {
        LintDelta delta =
                LintDelta.between(pylint(LintSamples.workspace(first)), pylint(LintSamples.workspace(second)));

        assertThat(delta.getNewCount()).isZero();
        assertThat(delta.getFixedCount()).isZero();
    }

    @Test
    void shouldFindNothingNewWithoutAReferenceBuild(@TempDir Path workspace) throws IOException {
        LintDelta delta = LintDelta.between(pylint(LintSamples.workspace(workspace)), null);

        assertThat(delta.hasReference()).isFalse();
        assertThat(delta.getNewCount()).isZero();
        assertThat(delta.getFixedCount()).isZero();
        assertThat(delta.getTools()).extracting(ToolDelta::id).containsExactly("pylint");
    }

    @Test
    void shouldCountEveryIssueOfAToolTheReferenceDidNotRecordAsNew(@TempDir Path workspace) throws IOException {
        LintSamples.workspace(workspace);
        LintResult reference = pylint(workspace);
        LintResult current = new LintRecorder(
                        LintSettings.of(new LintTool("pylint", "pylint.log"), new LintTool("flake8", "flake8.txt")))
                .record(workspace);

        LintDelta delta = LintDelta.between(current, reference);

        assertThat(delta.getTool("pylint").orElseThrow().newCount()).isZero();
        assertThat(delta.getTool("flake8").orElseThrow().newCount()).isEqualTo(13);
        assertThat(delta.getNewCount()).isEqualTo(13);
    }

    @Test
    void shouldCountRepeatedFingerprintsAndKeepCountsExactBeyondTheTable() {
        IssueRow same = row(1, 7L);
        ToolResult reference = tool(List.of(same, row(2, 7L)), new long[] {7L, 7L, 9L, 9L, 9L});
        ToolResult current = tool(List.of(same, row(5, 7L)), new long[] {7L, 7L, 7L, 9L, 11L});

        ToolDelta delta = LintDelta.between(new LintResult(List.of(current)), new LintResult(List.of(reference)))
                .getTool("flake8")
                .orElseThrow();

        assertThat(delta.newCount()).as("one more 7 and the 11").isEqualTo(2);
        assertThat(delta.fixedCount()).as("two of the three 9s").isEqualTo(2);
        assertThat(delta.newIssues()).as("the table holds only one of them").containsExactly(row(5, 7L));
        assertThat(delta.fixedIssues()).isEmpty();
    }

    private static IssueRow row(int line, long fingerprint) {
        return new IssueRow(LintSeverity.WARNING_HIGH, "a.py", line, 1, "E501", "", "line too long", fingerprint);
    }

    private static ToolResult tool(List<IssueRow> rows, long[] fingerprints) {
        return new ToolResult(
                "flake8",
                "Flake8",
                List.of("flake8.txt"),
                SeverityCounts.of(0, fingerprints.length, 0, 0),
                rows,
                fingerprints,
                List.of(),
                List.of());
    }
}
