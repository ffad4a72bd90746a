package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.nio.file.Path;

/**
 * One file or symbolic link of a bundle.
 *
 * @param path path inside the bundle, relative, with '/' separators
 * @param kind file or symbolic link
 * @param mode Unix permission bits (for example {@code 0755}); {@code 0777} for links
 * @param size size in bytes of a file; 0 for a link
 * @param linkTarget where a link points, relative to the link's folder; {@code null} for a file
 * @param source where the content is read from in the workspace
 */
public record BundleEntry(
        String path,
        EntryKind kind,
        int mode,
        long size,
        @CheckForNull String linkTarget,
        Path source) {
    public BundleEntry {
        if (!isRelativePath(path)) {
            throw new IllegalArgumentException("Not a relative bundle path: '" + path + "'");
        }
        if ((kind == EntryKind.SYMLINK) != (linkTarget != null)) {
            throw new IllegalArgumentException("A link target is required for a link, and only for a link: " + path);
        }
        if (size < 0 || (mode & ~07777) != 0) {
            throw new IllegalArgumentException("Bad size or mode for " + path);
        }
    }

    public static BundleEntry file(String path, int mode, long size, Path source) {
        return new BundleEntry(path, EntryKind.FILE, mode, size, null, source);
    }

    public static BundleEntry symlink(String path, String linkTarget, Path source) {
        return new BundleEntry(path, EntryKind.SYMLINK, 0777, 0, linkTarget, source);
    }

    public boolean isLink() {
        return kind == EntryKind.SYMLINK;
    }

    /** Whether anyone may execute it (any x bit set). */
    public boolean isExecutable() {
        return (mode & 0111) != 0;
    }

    /** Relative, '/'-separated, with no empty, "." or ".." names: it cannot unpack outside its folder. */
    private static boolean isRelativePath(String path) {
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || ".".equals(name) || "..".equals(name)) {
                return false;
            }
        }
        return true;
    }

    /** The link target; only for links. */
    public String target() {
        if (linkTarget == null) {
            throw new IllegalStateException(path + " is not a link");
        }
        return linkTarget;
    }
}
