package io.jenkins.plugins.canarydeploy.bundle;

import java.util.ArrayList;
import java.util.List;

/**
 * One Ant-style pattern over '/'-separated relative paths: {@code **} matches any number of folders (also none),
 * {@code *} any characters within a name, {@code ?} one character. A pattern ending with '/' matches everything
 * inside that folder. Matching is case-sensitive.
 */
final class PathPattern {
    private static final String ANY_FOLDERS = "**";

    private final String text;
    private final String[] segments;

    private PathPattern(String text, String[] segments) {
        this.text = text;
        this.segments = segments;
    }

    /** Compiles a pattern that {@link PathPatterns#problem(String)} accepted. */
    static PathPattern compile(String pattern) {
        String normalized = normalize(pattern);
        List<String> parts = new ArrayList<>();
        for (String part : normalized.split("/")) {
            boolean repeatedAny =
                    ANY_FOLDERS.equals(part) && !parts.isEmpty() && ANY_FOLDERS.equals(parts.get(parts.size() - 1));
            if (!part.isEmpty() && !repeatedAny) {
                parts.add(part);
            }
        }
        return new PathPattern(pattern.strip(), parts.toArray(new String[0]));
    }

    /** '/' separators, no leading "./", and "**" appended to a trailing '/'. */
    static String normalize(String pattern) {
        String result = pattern.strip().replace('\\', '/');
        while (result.startsWith("./")) {
            result = result.substring(2);
        }
        return result.endsWith("/") ? result + ANY_FOLDERS : result;
    }

    String text() {
        return text;
    }

    boolean matches(String path) {
        return matches(0, path.split("/"), 0);
    }

    /** Whether some path inside the folder could match, so that the folder has to be searched. */
    boolean couldMatchInside(String folder) {
        return couldMatchInside(0, folder.split("/"), 0);
    }

    /** Whether every path inside the folder matches, so that the folder can be skipped as a whole. */
    boolean matchesAllInside(String folder) {
        return matchesAllInside(0, folder.split("/"), 0);
    }

    private boolean matches(int p, String[] path, int s) {
        if (p == segments.length) {
            return s == path.length;
        }
        if (ANY_FOLDERS.equals(segments[p])) {
            for (int skip = s; skip <= path.length; skip++) {
                if (matches(p + 1, path, skip)) {
                    return true;
                }
            }
            return false;
        }
        return s < path.length && Wildcards.matches(segments[p], path[s]) && matches(p + 1, path, s + 1);
    }

    private boolean couldMatchInside(int p, String[] folder, int s) {
        if (p == segments.length) {
            return false;
        }
        if (s == folder.length || ANY_FOLDERS.equals(segments[p])) {
            return true;
        }
        return Wildcards.matches(segments[p], folder[s]) && couldMatchInside(p + 1, folder, s + 1);
    }

    private boolean matchesAllInside(int p, String[] folder, int s) {
        if (p == segments.length) {
            return false;
        }
        boolean lastIsAny = p == segments.length - 1 && ANY_FOLDERS.equals(segments[p]);
        if (s == folder.length || lastIsAny) {
            return lastIsAny;
        }
        if (ANY_FOLDERS.equals(segments[p])) {
            for (int skip = s; skip <= folder.length; skip++) {
                if (matchesAllInside(p + 1, folder, skip)) {
                    return true;
                }
            }
            return false;
        }
        return Wildcards.matches(segments[p], folder[s]) && matchesAllInside(p + 1, folder, s + 1);
    }

    @Override
    public String toString() {
        return text;
    }
}
