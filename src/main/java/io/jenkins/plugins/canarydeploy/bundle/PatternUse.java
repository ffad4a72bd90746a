package io.jenkins.plugins.canarydeploy.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Selects files by the include and exclude patterns, and remembers which include patterns matched something and
 * which folders were skipped as excluded, to explain an empty selection.
 */
final class PatternUse {
    private static final int MAX_REMEMBERED_FOLDERS = 100;

    private final BundleSpec spec;
    private final List<PathPattern> includes;
    private final PathPatterns excludes;
    private final boolean[] matched;
    private final boolean[] selected;
    private final List<String> excludedFolders = new ArrayList<>();
    private int filesSeen;

    PatternUse(BundleSpec spec) {
        this.spec = spec;
        this.includes = spec.includePatterns().list();
        this.excludes = spec.excludePatterns();
        this.matched = new boolean[includes.size()];
        this.selected = new boolean[includes.size()];
    }

    /** Whether the folder can hold selected files; folders that cannot are not searched. */
    boolean searches(String folder) {
        if (excludes.anyMatchesAllInside(folder)) {
            if (excludedFolders.size() < MAX_REMEMBERED_FOLDERS) {
                excludedFolders.add(folder);
            }
            return false;
        }
        return includes.stream().anyMatch(pattern -> pattern.couldMatchInside(folder));
    }

    boolean selects(String path) {
        filesSeen++;
        boolean excluded = excludes.anyMatches(path);
        boolean included = false;
        for (int i = 0; i < includes.size(); i++) {
            if (includes.get(i).matches(path)) {
                included = true;
                matched[i] = true;
                selected[i] |= !excluded;
            }
        }
        return included && !excluded;
    }

    /** Why nothing was selected, naming the patterns that matched nothing and how to fix them. */
    BundleException nothingSelected(String root) {
        if (spec.includes().isEmpty() && filesSeen == 0) {
            String outside =
                    excludedFolders.isEmpty() ? "" : " outside the excluded folders (" + quoted(excludedFolders) + ")";
            return new BundleException("Nothing to bundle: the source folder '" + root + "' has no files" + outside
                    + ". Check the source folder" + (outside.isEmpty() ? "" : " and the excludes") + ", and that the"
                    + " build wrote its output there.");
        }
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < includes.size(); i++) {
            reasons.add("'" + includes.get(i).text() + "' " + reason(includes.get(i), matched[i]));
        }
        if (spec.includes().isEmpty()) {
            reasons = List.of("every file is excluded");
        }
        String excluded =
                spec.excludes().isEmpty() ? "" : " and the excludes '" + String.join(", ", spec.excludes()) + "'";
        String defaults = spec.defaultExcludes() ? " (the default excludes leave out version control files)" : "";
        return new BundleException("Nothing to bundle in '" + root + "': " + String.join("; ", reasons) + ". Patterns"
                + " are relative to that folder and use '/', for example 'target/*.jar' or 'deploy/**': check the"
                + " includes" + excluded + defaults + " against the folder's contents.");
    }

    private String reason(PathPattern include, boolean matchedAny) {
        if (matchedAny) {
            return "matched only excluded files";
        }
        List<String> folders =
                excludedFolders.stream().filter(include::couldMatchInside).toList();
        return folders.isEmpty() ? "matched no file" : "can only match in excluded folders (" + quoted(folders) + ")";
    }

    private static String quoted(List<String> folders) {
        return folders.stream().limit(5).map(folder -> "'" + folder + "'").collect(Collectors.joining(", "))
                + (folders.size() > 5 ? ", ..." : "");
    }
}
