package io.jenkins.plugins.canarydeploy.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * One zip entry's data as prepared ahead of the writing thread. A small file is read, checksummed and, unless it is
 * compressed already or deflating does not make it smaller, deflated into memory. A large file is only
 * checksummed ahead when it is to be stored (a stored entry needs its CRC in the local header, as it cannot have a
 * data descriptor); a large file to deflate is left to the writing thread, which streams it.
 */
final class ZipPayload {
    enum Plan {
        BUFFERED,
        STREAM_STORED,
        STREAM_DEFLATED
    }

    final Plan plan;
    final int method;
    final long crc;
    private final byte[] data;
    private final int length;

    private ZipPayload(Plan plan, int method, long crc, byte[] data, int length) {
        this.plan = plan;
        this.method = method;
        this.crc = crc;
        this.data = data;
        this.length = length;
    }

    /** How the entry will be written; decided by its kind, size and name only, so it is the same every time. */
    static Plan planFor(BundleEntry entry, WriterTuning tuning) {
        if (entry.isLink() || entry.size() <= tuning.largeFileBytes()) {
            return Plan.BUFFERED;
        }
        boolean mightOutgrow4GiB =
                entry.size() <= ZipEntryRecord.MAGIC && Deflation.bound(entry.size()) >= ZipEntryRecord.MAGIC;
        return StoredExtensions.isCompressed(entry.path()) || mightOutgrow4GiB
                ? Plan.STREAM_STORED
                : Plan.STREAM_DEFLATED;
    }

    /** The memory a prepared entry may hold until written. */
    static long reservation(BundleEntry entry, WriterTuning tuning) {
        if (entry.isLink()) {
            return entry.target().length() * 4L;
        }
        if (planFor(entry, tuning) != Plan.BUFFERED) {
            return 0;
        }
        return StoredExtensions.isCompressed(entry.path()) ? entry.size() : 2 * entry.size();
    }

    static ZipPayload prepare(BundleEntry entry, WriterTuning tuning, Deflation deflation) throws IOException {
        switch (planFor(entry, tuning)) {
            case STREAM_DEFLATED:
                return new ZipPayload(Plan.STREAM_DEFLATED, ZipEntryRecord.DEFLATED, 0, new byte[0], 0);
            case STREAM_STORED:
                return new ZipPayload(Plan.STREAM_STORED, ZipEntryRecord.STORED, crcOf(entry), new byte[0], 0);
            default:
                break;
        }
        byte[] content = entry.isLink() ? entry.target().getBytes(StandardCharsets.UTF_8) : FileContent.readAll(entry);
        CRC32 crc = new CRC32();
        crc.update(content);
        if (!entry.isLink() && !StoredExtensions.isCompressed(entry.path())) {
            byte[] deflated = new byte[content.length];
            int length = deflation.deflate(content, content.length, deflated, 0);
            if (length >= 0 && length < content.length) {
                return new ZipPayload(Plan.BUFFERED, ZipEntryRecord.DEFLATED, crc.getValue(), deflated, length);
            }
        }
        return new ZipPayload(Plan.BUFFERED, ZipEntryRecord.STORED, crc.getValue(), content, content.length);
    }

    static long crcOf(BundleEntry entry) throws IOException {
        CRC32 crc = new CRC32();
        FileContent.read(entry, new byte[FileContent.CHUNK], (chunk, length) -> crc.update(chunk, 0, length));
        return crc.getValue();
    }

    /** Uncompressed size of buffered data: the file's, or the link target's. */
    long bufferedSize(BundleEntry entry) {
        return entry.isLink() ? entry.target().getBytes(StandardCharsets.UTF_8).length : entry.size();
    }

    int length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(data, 0, length);
    }
}
