package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class LintTrendChartTest {
    private static LintResult result(ToolResult... tools) {
        return new LintResult(List.of(tools));
    }

    private static ToolResult tool(String id, int error, int high, int normal, int low) {
        SeverityCounts counts = SeverityCounts.of(error, high, normal, low);
        return new ToolResult(id, id, List.of(), counts, List.of(), new long[counts.total()], List.of(), List.of());
    }

    private final List<BuildLintResult> newestFirst = List.of(
            new BuildLintResult(12, result(tool("pylint", 0, 1, 2, 3), tool("flake8", 1, 0, 0, 0))),
            new BuildLintResult(11, result(tool("pylint", 0, 2, 2, 3))),
            new BuildLintResult(9, result(tool("flake8", 4, 0, 0, 0))));

    @Test
    void shouldDrawSeveritiesOldestBuildFirst() {
        TrendChartData chart = LintTrendChart.of(newestFirst, LintTrendChart.DEFAULT_BUILDS, "");

        assertThat(chart.buildLabels()).containsExactly("#9", "#11", "#12");
        assertThat(chart.buildNumbers()).containsExactly(9, 11, 12);
        assertThat(chart.series())
                .extracting(TrendChartData.Series::name, TrendChartData.Series::values)
                .containsExactly(
                        tuple("Error", List.of(4, 0, 1)),
                        tuple("High", List.of(0, 2, 1)),
                        tuple("Normal", List.of(0, 2, 2)),
                        tuple("Low", List.of(0, 3, 3)));
    }

    @Test
    void shouldKeepTheNewestBuildsAndOptionallyOneTool() {
        TrendChartData newest = LintTrendChart.of(newestFirst, 2, "");
        TrendChartData pylint = LintTrendChart.of(newestFirst, 10, "pylint");

        assertThat(newest.buildLabels()).containsExactly("#11", "#12");
        assertThat(pylint.buildLabels()).containsExactly("#11", "#12");
        assertThat(pylint.series().get(0).values()).containsExactly(0, 0);
        assertThat(pylint.series().get(1).values()).containsExactly(2, 1);
        assertThat(LintTrendChart.of(List.of(), 10, "").isEmpty()).isTrue();
    }
}
