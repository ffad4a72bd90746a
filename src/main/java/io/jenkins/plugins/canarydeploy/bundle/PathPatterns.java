package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A list of Ant-style {@link PathPattern}s, the text forms they are given in, and Ant's default excludes. Used to
 * select the files of a bundle and to find report files in a workspace.
 */
public final class PathPatterns {
    /** Version control and tool files that Ant leaves out unless told otherwise; so does a bundle. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "**/*~",
            "**/#*#",
            "**/.#*",
            "**/%*%",
            "**/._*",
            "**/CVS",
            "**/CVS/**",
            "**/.cvsignore",
            "**/SCCS",
            "**/SCCS/**",
            "**/vssver.scc",
            "**/.svn",
            "**/.svn/**",
            "**/.git",
            "**/.git/**",
            "**/.gitattributes",
            "**/.gitignore",
            "**/.gitmodules",
            "**/.hg",
            "**/.hg/**",
            "**/.hgignore",
            "**/.hgsub",
            "**/.hgsubstate",
            "**/.hgtags",
            "**/.bzr",
            "**/.bzr/**",
            "**/.bzrignore",
            "**/.DS_Store");

    private final List<PathPattern> patterns;

    public PathPatterns(List<String> texts) {
        this.patterns = texts.stream().map(PathPattern::compile).collect(Collectors.toUnmodifiableList());
    }

    List<PathPattern> list() {
        return patterns;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Whether some pattern matches the '/'-separated path, relative to the searched folder. */
    public boolean anyMatches(String path) {
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }

    /** Whether some pattern could match a path inside the folder, so that it has to be searched. */
    public boolean anyCouldMatchInside(String folder) {
        return patterns.stream().anyMatch(pattern -> pattern.couldMatchInside(folder));
    }

    /** Whether some pattern matches every path inside the folder, so that an exclude can skip it whole. */
    public boolean anyMatchesAllInside(String folder) {
        return patterns.stream().anyMatch(pattern -> pattern.matchesAllInside(folder));
    }

    /** Splits a comma- or line-separated pattern list, dropping blanks. */
    public static List<String> split(@CheckForNull String text) {
        if (text == null) {
            return List.of();
        }
        return clean(Arrays.asList(text.split("[,\\r\\n]")));
    }

    /** Stripped patterns, without blanks. */
    static List<String> clean(List<String> patterns) {
        return patterns.stream()
                .map(String::strip)
                .filter(pattern -> !pattern.isEmpty())
                .collect(Collectors.toUnmodifiableList());
    }

    /** What is wrong with one pattern and how to fix it, if anything. */
    static Optional<String> problem(String pattern) {
        String normalized = PathPattern.normalize(pattern);
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
            return Optional.of("'" + pattern + "' is an absolute path: patterns are relative to the source folder,"
                    + " for example 'dist/**' or 'appspec.yml'.");
        }
        if (Arrays.asList(normalized.split("/")).contains("..")) {
            return Optional.of("'" + pattern + "' leaves the source folder with '..': choose a source folder that"
                    + " contains everything to bundle, and patterns inside it.");
        }
        return Optional.empty();
    }

    /** The problems of every pattern in a list, as one message. */
    public static Optional<String> problems(List<String> patterns) {
        String problems = patterns.stream()
                .map(PathPatterns::problem)
                .flatMap(Optional::stream)
                .collect(Collectors.joining(" "));
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems);
    }

    @Override
    public String toString() {
        return patterns.stream().map(PathPattern::text).collect(Collectors.joining(", "));
    }
}
