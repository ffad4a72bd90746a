package io.jenkins.plugins.canarydeploy.quality.lint;

import io.jenkins.plugins.canarydeploy.quality.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job page's "issues by severity" trend from the counts each build keeps on its page (no result file is read),
 * and its JSON in the shape of echarts-api's {@code LinesChartModel}: one stacked area per severity, most severe
 * first, on a whole-number y-axis from 0.
 */
public final class LintTrendJson {
    private static final Map<LintSeverity, String> COLORS = colors();

    private LintTrendJson() {}

    private static Map<LintSeverity, String> colors() {
        Map<LintSeverity, String> colors = new EnumMap<>(LintSeverity.class);
        colors.put(LintSeverity.ERROR, "#e53935");
        colors.put(LintSeverity.WARNING_HIGH, "#fb8c00");
        colors.put(LintSeverity.WARNING_NORMAL, "#fdd835");
        colors.put(LintSeverity.WARNING_LOW, "#64b5f6");
        return Collections.unmodifiableMap(colors);
    }

    /**
     * The chart of the newest {@code maxBuilds} builds, oldest first along the x-axis.
     *
     * @param newestFirst the builds with lint results, newest first, as a job's build list runs
     */
    public static TrendChartData of(List<BuildCounts> newestFirst, int maxBuilds) {
        List<BuildCounts> shown =
                new ArrayList<>(newestFirst.subList(0, Math.max(0, Math.min(maxBuilds, newestFirst.size()))));
        Collections.reverse(shown);
        List<String> labels = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (BuildCounts build : shown) {
            labels.add("#" + build.buildNumber());
            numbers.add(build.buildNumber());
        }
        List<TrendChartData.Series> series = new ArrayList<>();
        for (LintSeverity severity : LintSeverity.values()) {
            List<Integer> values =
                    shown.stream().map(build -> build.counts().get(severity)).toList();
            series.add(new TrendChartData.Series(severity.label(), severity, values));
        }
        return new TrendChartData(labels, numbers, series);
    }

    /** The chart as echarts-api {@code LinesChartModel} JSON, ready for a trend chart. */
    public static String toJson(TrendChartData data) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("domainAxisLabels", data.buildLabels());
        model.put("buildNumbers", data.buildNumbers());
        model.put("domainAxisItemName", "Build");
        model.put("integerRangeAxis", true);
        model.put("rangeMin", 0);
        List<Object> lines = new ArrayList<>();
        for (TrendChartData.Series line : data.series()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", line.name());
            map.put("type", "line");
            map.put("symbol", "circle");
            map.put("stack", "issues");
            map.put("areaStyle", Map.of());
            map.put("data", line.values());
            map.put("itemStyle", Map.of("color", COLORS.get(line.severity())));
            lines.add(map);
        }
        model.put("series", lines);
        return JsonWriter.write(model);
    }

    /** One build's number and its counts by severity. */
    public record BuildCounts(int buildNumber, SeverityCounts counts) {}
}
