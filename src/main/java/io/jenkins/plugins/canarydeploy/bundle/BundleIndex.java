package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Looks up paths in a bundle as the unpacked bundle would answer: files, implied folders, links followed. */
final class BundleIndex {
    private static final int MAX_LINKS = 40;

    /** What a path is in the bundle; a found file comes with its entry (a link's final target). */
    record Lookup(Kind kind, @CheckForNull BundleEntry file) {
        enum Kind {
            FILE,
            FOLDER,
            MISSING
        }
    }

    private static final Lookup FOLDER = new Lookup(Lookup.Kind.FOLDER, null);
    private static final Lookup MISSING = new Lookup(Lookup.Kind.MISSING, null);

    private final List<BundleEntry> entries;
    private final Map<String, BundleEntry> byPath = new HashMap<>();
    private final Set<String> folders = new HashSet<>();
    private final Map<String, String> byLowerCase = new HashMap<>();

    BundleIndex(List<BundleEntry> entries) {
        this.entries = List.copyOf(entries);
        for (BundleEntry entry : entries) {
            byPath.put(entry.path(), entry);
            byLowerCase.putIfAbsent(entry.path().toLowerCase(Locale.ROOT), entry.path());
            for (int slash = entry.path().indexOf('/');
                    slash > 0;
                    slash = entry.path().indexOf('/', slash + 1)) {
                String folder = entry.path().substring(0, slash);
                if (folders.add(folder)) {
                    byLowerCase.putIfAbsent(folder.toLowerCase(Locale.ROOT), folder);
                }
            }
        }
    }

    List<BundleEntry> entries() {
        return entries;
    }

    Lookup lookup(String path) {
        String current = path;
        for (int hops = 0; hops <= MAX_LINKS; hops++) {
            if (current.isEmpty() || folders.contains(current)) {
                return FOLDER;
            }
            BundleEntry entry = byPath.get(current);
            if (entry != null && !entry.isLink()) {
                return new Lookup(Lookup.Kind.FILE, entry);
            }
            Optional<String> followed = followFirstLink(current);
            if (followed.isEmpty()) {
                return MISSING;
            }
            current = followed.get();
        }
        return MISSING;
    }

    /** The path with its first link (itself or a folder on the way) replaced by the link's target. */
    private Optional<String> followFirstLink(String path) {
        String[] parts = path.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String parent = prefix.toString();
            prefix.append(i == 0 ? "" : "/").append(parts[i]);
            BundleEntry entry = byPath.get(prefix.toString());
            if (entry != null && entry.isLink()) {
                StringBuilder rest = new StringBuilder(parent.isEmpty() ? "" : parent + "/").append(entry.target());
                for (int j = i + 1; j < parts.length; j++) {
                    rest.append('/').append(parts[j]);
                }
                return normalize(rest.toString());
            }
        }
        return Optional.empty();
    }

    /** The file at the path, following links; empty for a folder or a missing path. */
    Optional<BundleEntry> file(String path) {
        return Optional.ofNullable(lookup(path).file());
    }

    /** A path of the bundle that differs from {@code path} only in case. */
    Optional<String> sameIgnoringCase(String path) {
        return Optional.ofNullable(byLowerCase.get(path.toLowerCase(Locale.ROOT)))
                .filter(found -> !found.equals(path));
    }

    /**
     * A location relative to the bundle root, with '/' separators, without "." and ".." steps and without a leading
     * '/' ({@code ""} for the root itself); empty when it leaves the bundle.
     */
    static Optional<String> normalize(String location) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : location.strip().replace('\\', '/').split("/")) {
            if ("..".equals(part)) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !".".equals(part)) {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
