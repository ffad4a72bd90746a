package io.jenkins.plugins.canarydeploy.quality.lint;

import java.util.List;

/**
 * Data of a trend chart, independent of the chart library: x-axis labels (oldest build first) and one series per
 * severity, most severe first, each value counting that build's issues. The glue hands it to echarts-api.
 */
public record TrendChartData(List<String> buildLabels, List<Integer> buildNumbers, List<Series> series) {
    public TrendChartData {
        buildLabels = List.copyOf(buildLabels);
        buildNumbers = List.copyOf(buildNumbers);
        series = List.copyOf(series);
    }

    public boolean isEmpty() {
        return buildNumbers.isEmpty();
    }

    /** One line of the chart: its name, the severity it counts, and one value per build. */
    public record Series(String name, LintSeverity severity, List<Integer> values) {
        public Series {
            values = List.copyOf(values);
        }
    }
}
