package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.quality.JsonTree;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTrendJson.BuildCounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LintTrendJsonTest {
    private final List<BuildCounts> newestFirst = List.of(
            new BuildCounts(12, SeverityCounts.of(1, 1, 2, 3)),
            new BuildCounts(11, SeverityCounts.of(0, 2, 2, 3)),
            new BuildCounts(9, SeverityCounts.of(4, 0, 0, 0)));

    @Test
    void shouldDrawTheNewestBuildsOldestFirst() {
        TrendChartData chart = LintTrendJson.of(newestFirst, 2);

        assertThat(chart.buildLabels()).containsExactly("#11", "#12");
        assertThat(chart.series().get(0).values()).as("errors").containsExactly(0, 1);
        assertThat(LintTrendJson.of(newestFirst, 0).isEmpty()).isTrue();
    }

    @Test
    void shouldWriteTheModelOfAnEchartsTrend() {
        Object json = JsonTree.parse(LintTrendJson.toJson(LintTrendJson.of(newestFirst, 50)));

        assertThat(json).isInstanceOf(Map.class).satisfies(tree -> {
            Map<String, Object> model = asMap(tree);
            assertThat(model.get("domainAxisLabels")).isEqualTo(List.of("#9", "#11", "#12"));
            assertThat(model.get("buildNumbers")).isEqualTo(List.of(9L, 11L, 12L));
            assertThat(model.get("integerRangeAxis")).isEqualTo(true);
            assertThat((List<?>) model.get("series"))
                    .hasSize(4)
                    .first()
                    .satisfies(errors -> assertThat(asMap(errors))
                            .containsEntry("name", "Error")
                            .containsEntry("type", "line")
                            .containsEntry("stack", "issues")
                            .containsEntry("data", List.of(4L, 0L, 1L))
                            .containsEntry("itemStyle", Map.of("color", "#e53935")));
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
