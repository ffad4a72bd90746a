package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One line of a trend chart: a metric's values, one per build on the x-axis (null where a build has none). */
public final class TrendSeries {
    private final String name;
    private final String metricKey;
    private final String color;
    private final List<Double> values;

    TrendSeries(String name, String metricKey, String color, List<Double> values) {
        this.name = name;
        this.metricKey = metricKey;
        this.color = color;
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public String getName() {
        return name;
    }

    public String getMetricKey() {
        return metricKey;
    }

    public String getColor() {
        return color;
    }

    /** The values in percent, oldest build first; an entry is null where that build has no such metric. */
    public List<Double> getValues() {
        return values;
    }
}
