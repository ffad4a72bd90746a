package io.jenkins.plugins.canarydeploy.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes entries as a POSIX tar (PAX headers for long or non-ASCII names and link targets, and for sizes above
 * 8 GiB), with the same timestamp, owner (root, 0) and group (root, 0) for every entry.
 */
final class TarStreamWriter {
    /** 1980-01-01T00:00:00Z, the timestamp of every entry, as zip bundles have it. */
    static final FileTime TIMESTAMP = FileTime.fromMillis(315_532_800_000L);

    private static final int FILE_TYPE = 0100000;
    private static final int LINK_TYPE = 0120000;

    private TarStreamWriter() {}

    /** Writes the entries (sorted already), then finishes and closes the tar stream, and with it {@code out}. */
    static void write(List<BundleEntry> entries, OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8");
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
        byte[] buffer = new byte[FileContent.CHUNK];
        for (BundleEntry entry : entries) {
            TarArchiveEntry header = entry.isLink()
                    ? new TarArchiveEntry(entry.path(), TarConstants.LF_SYMLINK, true)
                    : new TarArchiveEntry(entry.path(), true);
            header.setMode((entry.isLink() ? LINK_TYPE : FILE_TYPE) | entry.mode());
            header.setModTime(TIMESTAMP);
            header.setIds(0, 0);
            header.setNames("root", "root");
            if (entry.isLink()) {
                header.setLinkName(entry.target());
            } else {
                header.setSize(entry.size());
            }
            tar.putArchiveEntry(header);
            if (!entry.isLink()) {
                FileContent.read(entry, buffer, (chunk, length) -> tar.write(chunk, 0, length));
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
        tar.close();
    }
}
