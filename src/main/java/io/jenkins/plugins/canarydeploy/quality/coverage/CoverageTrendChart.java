package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The data of the job page's coverage trend: builds oldest first along the x-axis, one line per coverage metric
 * that any of them has (in percent). Plain data; {@link TrendChartData#toJson()} writes it in the shape of
 * echarts-api's {@code LinesChartModel}.
 */
public final class CoverageTrendChart {
    /** The metrics drawn, when present: the ones users follow over time. */
    static final List<CoverageMetric> DRAWN = List.of(
            CoverageMetric.LINE,
            CoverageMetric.BRANCH,
            CoverageMetric.INSTRUCTION,
            CoverageMetric.METHOD,
            CoverageMetric.MCDC_PAIR,
            CoverageMetric.FUNCTION_CALL,
            CoverageMetric.MUTATION);

    private static final Map<CoverageMetric, String> COLORS = Map.of(
            CoverageMetric.LINE, "#4caf50",
            CoverageMetric.BRANCH, "#2196f3",
            CoverageMetric.INSTRUCTION, "#9c27b0",
            CoverageMetric.METHOD, "#ff9800",
            CoverageMetric.MCDC_PAIR, "#00bcd4",
            CoverageMetric.FUNCTION_CALL, "#795548",
            CoverageMetric.MUTATION, "#f44336");

    private CoverageTrendChart() {}

    /**
     * The chart of at most {@code maxBuilds} builds.
     *
     * @param newestFirst the builds with coverage, newest first, as a job's build list runs
     */
    public static TrendChartData build(List<BuildCoverage> newestFirst, int maxBuilds) {
        List<BuildCoverage> builds = new ArrayList<>(newestFirst.subList(0, Math.min(maxBuilds, newestFirst.size())));
        Collections.reverse(builds);
        List<String> labels = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (BuildCoverage build : builds) {
            labels.add("#" + build.buildNumber());
            numbers.add(build.buildNumber());
        }
        List<TrendSeries> series = new ArrayList<>();
        for (CoverageMetric metric : DRAWN) {
            List<Double> values = new ArrayList<>();
            boolean any = false;
            for (BuildCoverage build : builds) {
                OptionalDouble value = build.values().get(metric.key());
                values.add(value.isPresent() ? rounded(value.getAsDouble()) : null);
                any |= value.isPresent();
            }
            if (any) {
                series.add(new TrendSeries(metric.label(), metric.key(), COLORS.get(metric), values));
            }
        }
        return new TrendChartData(labels, numbers, series);
    }

    private static Double rounded(double percentage) {
        return Math.round(percentage * 100) / 100.0;
    }
}
