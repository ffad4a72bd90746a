package io.jenkins.plugins.canarydeploy.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;

/**
 * Reads the content of a file entry, insisting on the size the scan saw: a file that changes while it is being
 * bundled would make the bundle disagree with its fingerprint and checksums, so it fails the bundle instead.
 */
final class FileContent {
    static final int CHUNK = 1 << 16;

    private FileContent() {}

    static InputStream open(BundleEntry entry) throws IOException {
        try {
            return Files.newInputStream(entry.source(), LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
            throw new BundleException(EntryInspector.unreadable(entry.path()));
        }
    }

    /** Takes the content chunk by chunk. */
    interface Chunks {
        void accept(byte[] chunk, int length) throws IOException;
    }

    /** The whole content; only for files small enough to hold in memory. */
    static byte[] readAll(BundleEntry entry) throws IOException {
        try (InputStream in = open(entry)) {
            byte[] content = in.readNBytes(Math.toIntExact(entry.size()));
            if (content.length != entry.size() || in.read() != -1) {
                throw changed(entry);
            }
            return content;
        }
    }

    /**
     * Hands the content to {@code chunks} in pieces of the buffer's size (the last one shorter), the same pieces
     * however the file system answers reads, so that compressing them is reproducible.
     */
    static void read(BundleEntry entry, byte[] buffer, Chunks chunks) throws IOException {
        try (InputStream in = open(entry)) {
            long remaining = entry.size();
            while (remaining > 0) {
                int length = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (length == 0) {
                    throw changed(entry);
                }
                chunks.accept(buffer, length);
                remaining -= length;
            }
            if (in.read() != -1) {
                throw changed(entry);
            }
        }
    }

    static BundleException changed(BundleEntry entry) {
        return new BundleException("'" + entry.path() + "' changed while the bundle was being written (it had "
                + entry.size() + " bytes when the folder was scanned): make sure no other step of the build writes"
                + " into the source folder while bundling, then bundle again.");
    }
}
