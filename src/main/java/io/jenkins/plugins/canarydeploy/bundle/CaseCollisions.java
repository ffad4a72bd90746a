package io.jenkins.plugins.canarydeploy.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds paths that differ only in case, counting the folders they imply. Unpacked on a case-insensitive file
 * system (Windows; macOS by default), one would overwrite or merge into the other.
 */
final class CaseCollisions {
    private CaseCollisions() {}

    static List<String> find(List<BundleEntry> entries) {
        Map<String, String> byFoldedName = new HashMap<>();
        Set<String> reported = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (BundleEntry entry : entries) {
            String path = entry.path();
            int end = path.indexOf('/');
            while (true) {
                String name = end < 0 ? path : path.substring(0, end);
                String folded = name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
                String earlier = byFoldedName.putIfAbsent(folded, name);
                if (earlier != null && !earlier.equals(name) && reported.add(folded)) {
                    problems.add("'" + earlier + "' and '" + name + "' differ only in case: unpacked on a"
                            + " case-insensitive file system (Windows, or macOS by default) one would overwrite or"
                            + " merge into the other. Rename one of them, or exclude one.");
                }
                if (end < 0) {
                    break;
                }
                end = path.indexOf('/', end + 1);
            }
        }
        return problems;
    }
}
