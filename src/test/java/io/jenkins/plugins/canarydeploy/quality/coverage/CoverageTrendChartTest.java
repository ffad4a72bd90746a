package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTrendChartTest {
    private static final List<BuildCoverage> NEWEST_FIRST = List.of(
            new BuildCoverage(
                    7, MetricValues.of(Map.of(MetricKeys.COVERAGE_LINE, 81.256, MetricKeys.COVERAGE_BRANCH, 70.0))),
            new BuildCoverage(5, MetricValues.of(Map.of(MetricKeys.COVERAGE_LINE, 80.0))),
            new BuildCoverage(
                    4, MetricValues.of(Map.of(MetricKeys.COVERAGE_LINE, 75.5, MetricKeys.COVERAGE_BRANCH, 55.0))));

    @Test
    void shouldDrawBuildsOldestFirstWithOneSeriesPerMetricPresent() {
        TrendChartData chart = CoverageTrendChart.build(NEWEST_FIRST, 50);

        assertThat(chart.getBuildLabels()).containsExactly("#4", "#5", "#7");
        assertThat(chart.getBuildNumbers()).containsExactly(4, 5, 7);
        assertThat(chart.getSeries()).extracting(TrendSeries::getName).containsExactly("Line", "Branch");
        assertThat(chart.getSeries().get(0).getValues()).containsExactly(75.5, 80.0, 81.26);
        assertThat(chart.getSeries().get(1).getValues()).containsExactly(55.0, null, 70.0);
        assertThat(chart.getSeries().get(1).getMetricKey()).isEqualTo("coverage.branch");
        assertThat(chart.getRangeMin()).isEqualTo(50);
    }

    @Test
    void shouldWriteTheShapeOfEchartsLinesChartModel() {
        String json = CoverageTrendChart.build(NEWEST_FIRST, 2).toJson();

        assertThat(json)
                .isEqualTo(
                        "{\"domainAxisLabels\":[\"#5\",\"#7\"],\"buildNumbers\":[5,7],\"domainAxisItemName\":\"Build\","
                                + "\"integerRangeAxis\":false,\"rangeMin\":70,\"rangeMax\":100,\"series\":["
                                + "{\"name\":\"Line\",\"type\":\"line\",\"symbol\":\"circle\",\"data\":[80.0,81.26],"
                                + "\"itemStyle\":{\"color\":\"#4caf50\"}},"
                                + "{\"name\":\"Branch\",\"type\":\"line\",\"symbol\":\"circle\",\"data\":[null,70.0],"
                                + "\"itemStyle\":{\"color\":\"#2196f3\"}}]}");
    }

    @Test
    void shouldBeEmptyWithoutBuildsOrCoverage() {
        assertThat(CoverageTrendChart.build(List.of(), 10).isEmpty()).isTrue();
        assertThat(CoverageTrendChart.build(List.of(new BuildCoverage(1, MetricValues.empty())), 10)
                        .isEmpty())
                .isTrue();
        assertThat(Arrays.asList(CoverageTrendChart.build(List.of(), 10).toJson()))
                .containsExactly("{\"domainAxisLabels\":[],\"buildNumbers\":[],\"domainAxisItemName\":\"Build\","
                        + "\"integerRangeAxis\":false,\"rangeMin\":0,\"rangeMax\":100,\"series\":[]}");
    }
}
