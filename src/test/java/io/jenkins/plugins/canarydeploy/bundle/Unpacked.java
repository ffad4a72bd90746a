package io.jenkins.plugins.canarydeploy.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Reads a bundle back with commons-compress (and the JDK's gzip), in archive order. */
final class Unpacked {
    /** One entry as read back: content as SHA-256 for a file, the target for a link. */
    record Item(String path, boolean link, int mode, String content) {
        static Item file(String path, int mode, byte[] content) {
            return new Item(path, false, mode, TestFiles.sha256(content));
        }

        static Item link(String path, String target) {
            return new Item(path, true, 0777, target);
        }
    }

    private Unpacked() {}

    static Map<String, Item> read(BundleFormat format, byte[] bundle) throws IOException {
        switch (format) {
            case ZIP:
                return zip(bundle);
            case TGZ:
                return tar(new GZIPInputStream(new ByteArrayInputStream(bundle)));
            default:
                return tar(new ByteArrayInputStream(bundle));
        }
    }

    static Map<String, Item> zip(byte[] bundle) throws IOException {
        Map<String, Item> items = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bundle))
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                int mode = entry.getUnixMode() & 07777;
                if (entry.isUnixSymlink()) {
                    items.put(entry.getName(), Item.link(entry.getName(), zip.getUnixSymlink(entry)));
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        items.put(entry.getName(), Item.file(entry.getName(), mode, in.readAllBytes()));
                    }
                }
            }
        }
        return items;
    }

    static Map<String, Item> tar(InputStream in) throws IOException {
        Map<String, Item> items = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name())) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isSymbolicLink()) {
                    items.put(entry.getName(), Item.link(entry.getName(), entry.getLinkName()));
                } else {
                    items.put(entry.getName(), Item.file(entry.getName(), entry.getMode() & 07777, tar.readAllBytes()));
                }
            }
        }
        return items;
    }
}
