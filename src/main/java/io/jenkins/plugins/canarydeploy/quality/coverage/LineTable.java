package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.Element;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.FileEntry;
import java.util.Arrays;

/**
 * The {@code <line>} entries of one class or method, in the order of the report, as primitive arrays. On
 * {@link #finish} the entries of one line number are merged as coverage-model's CoberturaParser merges them (in
 * report order: two entries of one item each make a line that is covered when either is; otherwise the entry with
 * more covered items wins, the later one on a tie), and the element gets its line and branch coverage. Reused for
 * element after element.
 */
final class LineTable {
    private static final int INITIAL_CAPACITY = 64;

    private int size;
    private boolean ascending = true;
    private int[] numbers = new int[INITIAL_CAPACITY];
    private boolean[] branches = new boolean[INITIAL_CAPACITY];
    private int[] covered = new int[INITIAL_CAPACITY];
    private int[] missed = new int[INITIAL_CAPACITY];

    /** Adds a plain line (one item) or a branch line (its branches). */
    void add(int number, boolean branch, int coveredItems, int missedItems) {
        if (size == numbers.length) {
            grow();
        }
        if (size > 0 && number <= numbers[size - 1]) {
            ascending = false;
        }
        numbers[size] = number;
        branches[size] = branch;
        covered[size] = coveredItems;
        missed[size] = missedItems;
        size++;
    }

    /**
     * Merges the entries per line number and gives the element its values: line coverage over all lines (a branch line
     * counts as covered when one of its branches is), branch coverage over the branch lines. When {@code file} is
     * given (the element ended with {@code </class>}), the merged lines also become the file's line counters.
     */
    void finish(Element element, @CheckForNull FileEntry file) {
        if (!ascending) {
            mergeDuplicates();
        }
        long lineCovered = 0;
        long lineMissed = 0;
        long branchCovered = 0;
        long branchMissed = 0;
        for (int i = 0; i < size; i++) {
            if (branches[i]) {
                branchCovered += covered[i];
                branchMissed += missed[i];
                if (covered[i] > 0) {
                    lineCovered++;
                } else {
                    lineMissed++;
                }
            } else {
                lineCovered += covered[i];
                lineMissed += missed[i];
            }
        }
        element.finish(lineCovered, lineMissed, branchCovered, branchMissed);
        if (file != null) {
            file.addCounters(triples());
        }
        size = 0;
        ascending = true;
    }

    private int[] triples() {
        int[] triples = new int[size * 3];
        for (int i = 0; i < size; i++) {
            triples[3 * i] = numbers[i];
            triples[3 * i + 1] = covered[i];
            triples[3 * i + 2] = missed[i];
        }
        return triples;
    }

    /** Sorts by line number, keeping report order within one number, and folds each run into its first entry. */
    private void mergeDuplicates() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((long) numbers[i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] mergedNumbers = new int[size];
        boolean[] mergedBranches = new boolean[size];
        int[] mergedCovered = new int[size];
        int[] mergedMissed = new int[size];
        int count = -1;
        for (int k = 0; k < size; k++) {
            int i = (int) keys[k];
            if (count >= 0 && mergedNumbers[count] == numbers[i]) {
                merge(count, i, mergedBranches, mergedCovered, mergedMissed);
            } else {
                count++;
                mergedNumbers[count] = numbers[i];
                mergedBranches[count] = branches[i];
                mergedCovered[count] = covered[i];
                mergedMissed[count] = missed[i];
            }
        }
        numbers = mergedNumbers;
        branches = mergedBranches;
        covered = mergedCovered;
        missed = mergedMissed;
        size = count + 1;
    }

    /** coverage-model's mergeDuplicateLines(existing, next) on entry {@code into} and entry {@code next}. */
    private void merge(int into, int next, boolean[] mergedBranches, int[] mergedCovered, int[] mergedMissed) {
        int existingCovered = mergedCovered[into];
        if (existingCovered + mergedMissed[into] == 1 && covered[next] + missed[next] == 1) {
            boolean anyCovered = existingCovered > 0 || covered[next] > 0;
            mergedBranches[into] = false;
            mergedCovered[into] = anyCovered ? 1 : 0;
            mergedMissed[into] = anyCovered ? 0 : 1;
        } else if (covered[next] >= existingCovered) {
            mergedBranches[into] = branches[next];
            mergedCovered[into] = covered[next];
            mergedMissed[into] = missed[next];
        }
    }

    private void grow() {
        int capacity = numbers.length * 2;
        numbers = Arrays.copyOf(numbers, capacity);
        branches = Arrays.copyOf(branches, capacity);
        covered = Arrays.copyOf(covered, capacity);
        missed = Arrays.copyOf(missed, capacity);
    }
}
