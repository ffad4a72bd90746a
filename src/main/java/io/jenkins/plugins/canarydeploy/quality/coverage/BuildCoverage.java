package io.jenkins.plugins.canarydeploy.quality.coverage;

import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;

/**
 * One build's point in the coverage trend: its number and its coverage totals by gate key.
 *
 * @param buildNumber the build's number
 * @param values the totals as percentages, e.g. {@link CoverageResult#metricValues()}
 */
public record BuildCoverage(int buildNumber, MetricValues values) {
    public static BuildCoverage of(int buildNumber, CoverageResult result) {
        return new BuildCoverage(buildNumber, result.metricValues());
    }
}
