package io.jenkins.plugins.canarydeploy.s3;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Bytes of one part. Starts small and grows up to the part size, so that a small bundle does not cost a whole
 * part of heap; once grown, the array is kept when the buffer is reused.
 */
final class PartBuffer {
    private static final int INITIAL_SIZE = 64 * 1024;

    private final int capacity;
    private byte[] data;
    private int length;

    PartBuffer(int capacity) {
        this.capacity = capacity;
        this.data = new byte[Math.min(capacity, INITIAL_SIZE)];
    }

    /** Copies as much as fits; returns how many bytes were taken. */
    int append(byte[] source, int offset, int count) {
        int taken = Math.min(count, capacity - length);
        if (length + taken > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(capacity, Math.max(length + (long) taken, 2L * data.length)));
        }
        System.arraycopy(source, offset, data, length, taken);
        length += taken;
        return taken;
    }

    boolean isFull() {
        return length == capacity;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    /** A fresh stream over the content, once for every attempt to send it. */
    InputStream newStream() {
        return new ByteArrayInputStream(data, 0, length);
    }

    byte[] md5() {
        var md5 = Digests.newDigest("MD5");
        md5.update(data, 0, length);
        return md5.digest();
    }

    /** CRC32 as S3's x-amz-checksum-crc32 carries it: base64 of the four big-endian bytes. */
    String crc32() {
        CRC32 crc = new CRC32();
        crc.update(data, 0, length);
        return Digests.base64(
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
