package io.jenkins.plugins.canarydeploy.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Turns one selected file or link of the source folder into a {@link BundleEntry}, or explains why it cannot be
 * bundled. Links are never followed: a link whose target lies inside the folder is kept as a link; one pointing
 * outside is refused, as the bundle could not carry what it points to.
 */
final class EntryInspector {
    private final Path root;
    private final Path realRoot;
    private final boolean posix;

    EntryInspector(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = root.toRealPath();
        this.posix = root.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    Path root() {
        return root;
    }

    /** The attributes of the path itself, not of what a link points to. */
    BasicFileAttributes attributes(Path path) throws IOException {
        return posix
                ? Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    BundleEntry inspect(Path file, String path, BasicFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink()) {
            return link(file, path);
        }
        if (!attributes.isRegularFile()) {
            throw new BundleException("'" + path + "' is not a regular file (a pipe, socket or device): exclude it"
                    + " (add '" + path + "' to the excludes).");
        }
        if (!Files.isReadable(file)) {
            throw new BundleException(unreadable(path));
        }
        return BundleEntry.file(path, mode(file, attributes), attributes.size(), file);
    }

    static String unreadable(String path) {
        return "Cannot read '" + path + "': the user the agent runs as has no permission to read it. Make it"
                + " readable (for example chmod a+r), or exclude it (add '" + path + "' to the excludes).";
    }

    private int mode(Path file, BasicFileAttributes attributes) {
        if (attributes instanceof PosixFileAttributes) {
            int mode = 0;
            for (PosixFilePermission permission : ((PosixFileAttributes) attributes).permissions()) {
                mode |= 0400 >> permission.ordinal();
            }
            return mode;
        }
        return Files.isExecutable(file) ? 0755 : 0644;
    }

    private BundleEntry link(Path link, String path) throws IOException {
        Path raw = Files.readSymbolicLink(link);
        Path folder = link.toAbsolutePath().getParent();
        Path target = (folder == null ? raw : folder.resolve(raw)).normalize();
        Path base = target.startsWith(root) ? root : realRoot;
        if (!target.startsWith(base)) {
            throw outside(path, raw, target);
        }
        if (Files.exists(link)) {
            Path real = link.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw outside(path, raw, real);
            }
        }
        if (!raw.isAbsolute()) {
            return BundleEntry.symlink(path, raw.toString().replace('\\', '/'), link);
        }
        Path relative = root.relativize(folder).relativize(base.relativize(target));
        String stored = relative.toString().replace('\\', '/');
        return BundleEntry.symlink(path, stored.isEmpty() ? "." : stored, link);
    }

    private BundleException outside(String path, Path raw, Path resolved) {
        String where = raw.equals(resolved) ? "" : ", which resolves to '" + resolved + "'";
        return new BundleException("'" + path + "' is a symbolic link to '" + raw + "'" + where + ", outside the"
                + " source folder '" + root + "': a bundle cannot carry what it points to. Exclude the link (add '"
                + path + "' to the excludes), or copy the file into the folder instead of linking to it.");
    }
}
