package io.jenkins.plugins.canarydeploy.quality.gate;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The metrics of one build's results, by key (see {@link MetricKeys}): coverage as percentages, issues as counts.
 * Immutable and serializable, so that results keep them and a reference build's values can be read back.
 */
public final class MetricValues implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final MetricValues EMPTY = new MetricValues(new TreeMap<>());

    private final TreeMap<String, Double> values;

    private MetricValues(TreeMap<String, Double> values) {
        this.values = values;
    }

    public static MetricValues empty() {
        return EMPTY;
    }

    /** The given values; keys and values must not be null, values must be finite numbers. */
    public static MetricValues of(Map<String, Double> values) {
        TreeMap<String, Double> copy = new TreeMap<>();
        values.forEach((key, value) -> copy.put(key, checked(key, value)));
        return new MetricValues(copy);
    }

    /** A copy with one more value, replacing any value of the same key. */
    public MetricValues with(String key, double value) {
        TreeMap<String, Double> copy = new TreeMap<>(values);
        copy.put(key, checked(key, value));
        return new MetricValues(copy);
    }

    /** A copy holding the values of both; {@code other} wins where both have a key. */
    public MetricValues plus(MetricValues other) {
        TreeMap<String, Double> copy = new TreeMap<>(values);
        copy.putAll(other.values);
        return new MetricValues(copy);
    }

    public OptionalDouble get(String key) {
        Double value = values.get(key);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public boolean contains(String key) {
        return values.containsKey(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** All values, sorted by key. */
    public SortedMap<String, Double> asMap() {
        return Collections.unmodifiableSortedMap(values);
    }

    private static double checked(String key, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new IllegalArgumentException(
                    "The value of metric '" + key + "' must be a finite number, got " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
