package io.jenkins.plugins.canarydeploy.bundle;

/** What the zip headers of one entry say: filled in while the entry is written, kept for the central directory. */
final class ZipEntryRecord {
    static final int STORED = 0;
    static final int DEFLATED = 8;
    static final long MAGIC = 0xFFFFFFFFL;

    private static final int FILE_TYPE = 0100000;
    private static final int LINK_TYPE = 0120000;

    final long offset;
    final int unixMode;
    int method;
    boolean dataDescriptor;
    long crc;
    long compressedSize;
    long size;

    ZipEntryRecord(BundleEntry entry, long offset) {
        this.offset = offset;
        this.unixMode = (entry.isLink() ? LINK_TYPE : FILE_TYPE) | entry.mode();
    }

    /**
     * Whether the local header carries Zip64 sizes. An entry with a data descriptor has its sizes there, in 8
     * bytes when above 4 GiB, as readers that go by the actual sizes expect.
     */
    boolean zip64Local() {
        return dataDescriptor ? size > MAGIC : size >= MAGIC || compressedSize >= MAGIC;
    }

    boolean zip64Central() {
        return size >= MAGIC || compressedSize >= MAGIC || offset >= MAGIC;
    }
}
