package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip to a stream that cannot seek back, such as an upload: entries prepared ahead in parallel (see
 * {@link ZipPayload}) carry their CRC and sizes in the local header; large files to deflate are streamed with a data
 * descriptor after their data. The central directory follows the last entry.
 */
final class ZipStreamWriter {
    private final Deflation deflation;
    private final WriterTuning tuning;
    private final @CheckForNull ExecutorService pool;
    private final List<ZipEntryRecord> records = new ArrayList<>();
    private OutputStream out = OutputStream.nullOutputStream();
    private long position;

    ZipStreamWriter(Deflation deflation, WriterTuning tuning, @CheckForNull ExecutorService pool) {
        this.deflation = deflation;
        this.tuning = tuning;
        this.pool = pool;
    }

    /** Writes the entries (sorted already) and returns the most memory that was reserved ahead at once. */
    long write(List<BundleEntry> entries, OutputStream target) throws IOException {
        this.out = target;
        OrderedWorkQueue<Prepared> queue =
                new OrderedWorkQueue<>(pool, tuning.budgetBytes(), tuning.maxItems(), this::writeEntry);
        try {
            for (BundleEntry entry : entries) {
                queue.submit(
                        ZipPayload.reservation(entry, tuning),
                        () -> new Prepared(entry, ZipPayload.prepare(entry, tuning, deflation)));
            }
            queue.finish();
        } catch (IOException | RuntimeException e) {
            queue.cancel();
            throw e;
        }
        long directoryOffset = position;
        for (int i = 0; i < entries.size(); i++) {
            emit(ZipRecords.centralHeader(name(entries.get(i)), records.get(i)));
        }
        emit(ZipRecords.end(entries.size(), directoryOffset, position - directoryOffset));
        return queue.peakBytes();
    }

    private void writeEntry(Prepared prepared) throws IOException {
        BundleEntry entry = prepared.entry;
        ZipPayload payload = prepared.payload;
        ZipEntryRecord record = new ZipEntryRecord(entry, position);
        record.method = payload.method;
        record.crc = payload.crc;
        switch (payload.plan) {
            case BUFFERED:
                record.size = payload.bufferedSize(entry);
                record.compressedSize = payload.length();
                emit(ZipRecords.localHeader(name(entry), record));
                payload.writeTo(out);
                position += payload.length();
                break;
            case STREAM_STORED:
                record.size = entry.size();
                record.compressedSize = entry.size();
                emit(ZipRecords.localHeader(name(entry), record));
                copyStored(entry, payload.crc);
                break;
            default:
                record.size = entry.size();
                record.dataDescriptor = true;
                emit(ZipRecords.localHeader(name(entry), record));
                deflateStreaming(entry, record);
                emit(ZipRecords.dataDescriptor(record));
                break;
        }
        records.add(record);
    }

    private void copyStored(BundleEntry entry, long expectedCrc) throws IOException {
        CRC32 crc = new CRC32();
        FileContent.read(entry, new byte[FileContent.CHUNK], (chunk, length) -> {
            crc.update(chunk, 0, length);
            emit(chunk, length);
        });
        if (crc.getValue() != expectedCrc) {
            throw FileContent.changed(entry);
        }
    }

    private void deflateStreaming(BundleEntry entry, ZipEntryRecord record) throws IOException {
        CRC32 crc = new CRC32();
        byte[] deflated = new byte[FileContent.CHUNK];
        long start = position;
        Deflater deflater = deflation.borrow();
        try {
            FileContent.read(entry, new byte[FileContent.CHUNK], (chunk, length) -> {
                crc.update(chunk, 0, length);
                deflater.setInput(chunk, 0, length);
                while (!deflater.needsInput()) {
                    emit(deflated, deflater.deflate(deflated));
                }
            });
            deflater.finish();
            while (!deflater.finished()) {
                emit(deflated, deflater.deflate(deflated));
            }
        } finally {
            deflation.giveBack(deflater);
        }
        record.crc = crc.getValue();
        record.compressedSize = position - start;
    }

    private void emit(byte[] bytes) throws IOException {
        emit(bytes, bytes.length);
    }

    private void emit(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        position += length;
    }

    private static byte[] name(BundleEntry entry) {
        return entry.path().getBytes(StandardCharsets.UTF_8);
    }

    private static final class Prepared {
        final BundleEntry entry;
        final ZipPayload payload;

        Prepared(BundleEntry entry, ZipPayload payload) {
            this.entry = entry;
            this.payload = payload;
        }
    }
}
