package io.jenkins.plugins.canarydeploy.quality.coverage;

/** Covered and missed items, summed while a Cobertura report is read and condensed. */
final class Counts {
    private long covered;
    private long missed;

    void add(long coveredItems, long missedItems) {
        covered += coveredItems;
        missed += missedItems;
    }

    void add(Counts other) {
        add(other.covered, other.missed);
    }

    /** Adds one item, covered or missed. */
    void addOne(boolean isCovered) {
        if (isCovered) {
            covered++;
        } else {
            missed++;
        }
    }

    long covered() {
        return covered;
    }

    long missed() {
        return missed;
    }

    long total() {
        return covered + missed;
    }

    /** Whether there is anything to cover, as coverage-model's Coverage.isSet(). */
    boolean isSet() {
        return total() > 0;
    }
}
