package io.jenkins.plugins.canarydeploy.quality.coverage;

import io.jenkins.plugins.canarydeploy.quality.JsonTree;
import io.jenkins.plugins.canarydeploy.quality.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A trend chart's data: x-axis labels ("#12") and build numbers, oldest first, and one series per metric. */
public final class TrendChartData {
    private final List<String> buildLabels;
    private final List<Integer> buildNumbers;
    private final List<TrendSeries> series;

    TrendChartData(List<String> buildLabels, List<Integer> buildNumbers, List<TrendSeries> series) {
        this.buildLabels = List.copyOf(buildLabels);
        this.buildNumbers = List.copyOf(buildNumbers);
        this.series = List.copyOf(series);
    }

    public List<String> getBuildLabels() {
        return buildLabels;
    }

    public List<Integer> getBuildNumbers() {
        return buildNumbers;
    }

    public List<TrendSeries> getSeries() {
        return series;
    }

    public boolean isEmpty() {
        return buildLabels.isEmpty() || series.isEmpty();
    }

    /** The lowest value drawn rounded down to a multiple of 10, so that the y-axis does not waste its height. */
    public int getRangeMin() {
        double min = series.stream()
                .flatMap(s -> s.getValues().stream())
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(0);
        return (int) (Math.floor(min / 10) * 10);
    }

    /**
     * The chart as JSON in the shape of echarts-api's {@code LinesChartModel} (domainAxisLabels, buildNumbers,
     * series with name, type, symbol, data and itemStyle, and the range of the y-axis), ready for a trend chart.
     */
    public String toJson() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("domainAxisLabels", buildLabels);
        model.put("buildNumbers", buildNumbers);
        model.put("domainAxisItemName", "Build");
        model.put("integerRangeAxis", false);
        model.put("rangeMin", getRangeMin());
        model.put("rangeMax", 100);
        List<Object> lines = new ArrayList<>();
        for (TrendSeries line : series) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", line.getName());
            map.put("type", "line");
            map.put("symbol", "circle");
            map.put(
                    "data",
                    line.getValues().stream()
                            .map(v -> v == null ? JsonTree.NULL : v)
                            .toList());
            map.put("itemStyle", Map.of("color", line.getColor()));
            lines.add(map);
        }
        model.put("series", lines);
        return JsonWriter.write(model);
    }
}
