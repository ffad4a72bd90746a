package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The coverage of one package or one file, for the details page.
 *
 * <p>For a file, {@code name} is its path as the report gives it and {@code packageName} the package it belongs
 * to (empty when the format has none); for a package, {@code packageName} is empty.
 */
public final class CoverageRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String packageName;
    private final ArrayList<CoverageCounter> counters;

    public CoverageRow(String name, String packageName, List<CoverageCounter> counters) {
        this.name = name;
        this.packageName = packageName;
        this.counters = new ArrayList<>(counters);
    }

    public String getName() {
        return name;
    }

    public String getPackageName() {
        return packageName;
    }

    public List<CoverageCounter> getCounters() {
        return List.copyOf(counters);
    }

    public Optional<CoverageCounter> counter(CoverageMetric metric) {
        return counters.stream().filter(c -> c.getMetric() == metric).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageRow other
                && name.equals(other.name)
                && packageName.equals(other.packageName)
                && counters.equals(other.counters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, packageName, counters);
    }

    @Override
    public String toString() {
        return name + " " + counters;
    }
}
