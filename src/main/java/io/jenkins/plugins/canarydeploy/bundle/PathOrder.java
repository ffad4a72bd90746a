package io.jenkins.plugins.canarydeploy.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The order of entries in a bundle: by path, as UTF-8 bytes compare (which is Unicode code point order). */
final class PathOrder {
    static final Comparator<String> PATHS = PathOrder::compare;
    static final Comparator<BundleEntry> ENTRIES = Comparator.comparing(BundleEntry::path, PATHS);

    private PathOrder() {}

    /** A sorted copy, refusing two entries with the same path. */
    static List<BundleEntry> sorted(List<BundleEntry> entries) {
        List<BundleEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ENTRIES);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).path().equals(sorted.get(i - 1).path())) {
                throw new IllegalArgumentException(
                        "Two entries for " + sorted.get(i).path());
            }
        }
        return List.copyOf(sorted);
    }

    private static int compare(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
