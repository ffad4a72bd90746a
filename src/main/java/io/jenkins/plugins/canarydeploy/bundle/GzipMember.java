package io.jenkins.plugins.canarydeploy.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;

/**
 * One complete gzip member (RFC 1952) holding one block of data: a fixed header (no name, no time, OS unknown),
 * the raw deflate stream, then CRC-32 and length. Concatenated members are one valid gzip stream.
 */
final class GzipMember {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final byte[] bytes;
    private final int length;

    private GzipMember(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    /** The most memory compressing a block of {@code blockBytes} holds: the block and the member. */
    static long reservation(int blockBytes) {
        return blockBytes + HEADER.length + Deflation.bound(blockBytes) + 8;
    }

    static GzipMember compress(byte[] block, int blockLength, Deflation deflation) {
        byte[] member = new byte[(int) (reservation(blockLength) - blockLength)];
        System.arraycopy(HEADER, 0, member, 0, HEADER.length);
        int deflated = deflation.deflate(block, blockLength, member, HEADER.length);
        if (deflated < 0) {
            throw new IllegalStateException("Deflated data exceeded its bound");
        }
        CRC32 crc = new CRC32();
        crc.update(block, 0, blockLength);
        int end = HEADER.length + deflated;
        end = putInt(member, end, (int) crc.getValue());
        end = putInt(member, end, blockLength);
        return new GzipMember(member, end);
    }

    private static int putInt(byte[] bytes, int at, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) ((value >>> (8 * i)) & 0xff);
        }
        return at + 4;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }
}
