package io.jenkins.plugins.canarydeploy.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The byte layout of zip headers (PKWARE APPNOTE): local headers, data descriptors, central directory headers and
 * the end records, with Zip64 fields only where a value does not fit. Every entry gets the same timestamp
 * (1980-01-01 00:00, the earliest a zip can hold), UTF-8 names, "made by Unix" and its Unix mode, and no other
 * extra fields, so that the same files always give the same bytes.
 */
final class ZipRecords {
    private static final int UTF8_NAMES = 1 << 11;
    private static final int DATA_DESCRIPTOR = 1 << 3;
    private static final int DOS_DATE_1980_01_01 = (1 << 5) | 1;
    private static final int MADE_BY_UNIX = (3 << 8) | 45;
    private static final int ZIP64_HEADER = 1;

    private ZipRecords() {}

    static byte[] localHeader(byte[] name, ZipEntryRecord entry) {
        boolean zip64 = entry.zip64Local();
        ByteBuffer header = buffer(30 + name.length + (zip64 ? 20 : 0));
        header.putInt(0x04034b50).putShort(needed(zip64)).putShort(flags(entry)).putShort((short) entry.method);
        header.putShort((short) 0).putShort((short) DOS_DATE_1980_01_01);
        if (entry.dataDescriptor) {
            header.putInt(0).putInt(zip64 ? -1 : 0).putInt(zip64 ? -1 : 0);
        } else {
            header.putInt((int) entry.crc)
                    .putInt(field(entry.compressedSize, zip64))
                    .putInt(field(entry.size, zip64));
        }
        header.putShort((short) name.length).putShort((short) (zip64 ? 20 : 0)).put(name);
        if (zip64) {
            long size = entry.dataDescriptor ? 0 : entry.size;
            long compressed = entry.dataDescriptor ? 0 : entry.compressedSize;
            header.putShort((short) ZIP64_HEADER)
                    .putShort((short) 16)
                    .putLong(size)
                    .putLong(compressed);
        }
        return header.array();
    }

    static byte[] dataDescriptor(ZipEntryRecord entry) {
        boolean zip64 = entry.zip64Local();
        ByteBuffer descriptor = buffer(zip64 ? 24 : 16).putInt(0x08074b50).putInt((int) entry.crc);
        if (zip64) {
            descriptor.putLong(entry.compressedSize).putLong(entry.size);
        } else {
            descriptor.putInt((int) entry.compressedSize).putInt((int) entry.size);
        }
        return descriptor.array();
    }

    static byte[] centralHeader(byte[] name, ZipEntryRecord entry) {
        boolean bigSize = entry.size >= ZipEntryRecord.MAGIC;
        boolean bigCompressed = entry.compressedSize >= ZipEntryRecord.MAGIC;
        boolean bigOffset = entry.offset >= ZipEntryRecord.MAGIC;
        int extra = (bigSize ? 8 : 0) + (bigCompressed ? 8 : 0) + (bigOffset ? 8 : 0);
        int extraLength = extra == 0 ? 0 : 4 + extra;
        ByteBuffer header = buffer(46 + name.length + extraLength);
        header.putInt(0x02014b50).putShort((short) MADE_BY_UNIX);
        header.putShort(needed(entry.zip64Local() || entry.zip64Central()));
        header.putShort(flags(entry)).putShort((short) entry.method);
        header.putShort((short) 0).putShort((short) DOS_DATE_1980_01_01).putInt((int) entry.crc);
        header.putInt(field(entry.compressedSize, bigCompressed)).putInt(field(entry.size, bigSize));
        header.putShort((short) name.length).putShort((short) extraLength).putShort((short) 0);
        int readOnly = (entry.unixMode & 0200) == 0 ? 1 : 0;
        header.putShort((short) 0).putShort((short) 0).putInt(entry.unixMode << 16 | readOnly);
        header.putInt(field(entry.offset, bigOffset)).put(name);
        if (extra > 0) {
            header.putShort((short) ZIP64_HEADER).putShort((short) extra);
            if (bigSize) {
                header.putLong(entry.size);
            }
            if (bigCompressed) {
                header.putLong(entry.compressedSize);
            }
            if (bigOffset) {
                header.putLong(entry.offset);
            }
        }
        return header.array();
    }

    /** The end of the archive: Zip64 end record and locator when needed, then the classic end record. */
    static byte[] end(long entries, long directoryOffset, long directorySize) {
        boolean zip64 =
                entries >= 0xFFFF || directoryOffset >= ZipEntryRecord.MAGIC || directorySize >= ZipEntryRecord.MAGIC;
        ByteBuffer end = buffer((zip64 ? 56 + 20 : 0) + 22);
        if (zip64) {
            end.putInt(0x06064b50).putLong(44).putShort((short) MADE_BY_UNIX).putShort(needed(true));
            end.putInt(0)
                    .putInt(0)
                    .putLong(entries)
                    .putLong(entries)
                    .putLong(directorySize)
                    .putLong(directoryOffset);
            end.putInt(0x07064b50)
                    .putInt(0)
                    .putLong(directoryOffset + directorySize)
                    .putInt(1);
        }
        short count = (short) Math.min(entries, 0xFFFF);
        end.putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort(count)
                .putShort(count);
        end.putInt(field(directorySize, directorySize >= ZipEntryRecord.MAGIC));
        end.putInt(field(directoryOffset, directoryOffset >= ZipEntryRecord.MAGIC));
        return end.putShort((short) 0).array();
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static short needed(boolean zip64) {
        return (short) (zip64 ? 45 : 20);
    }

    private static short flags(ZipEntryRecord entry) {
        return (short) (UTF8_NAMES | (entry.dataDescriptor ? DATA_DESCRIPTOR : 0));
    }

    private static int field(long value, boolean inZip64) {
        return inZip64 ? -1 : (int) value;
    }
}
