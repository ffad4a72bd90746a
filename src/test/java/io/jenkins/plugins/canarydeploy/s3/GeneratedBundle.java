package io.jenkins.plugins.canarydeploy.s3;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

/**
 * Reproducible pseudo-random content of a given size, written in uneven pieces (single bytes among them) so that
 * part boundaries fall inside writes. Also hashes what it writes, as a bundle writer would.
 */
final class GeneratedBundle {
    private static final int[] PIECES = {1, 8191, 65536, 3, 1_000_003};

    private final long size;
    private final long seed;
    private final MessageDigest written = sha256Digest();

    GeneratedBundle(long size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** Writes the content; the SHA-256 of what was written is then {@link #writtenSha256()}. */
    BundleSource source() {
        return this::writeTo;
    }

    void writeTo(OutputStream out) throws IOException {
        writeTo(out, size);
    }

    /** Writes the first {@code count} bytes only. */
    void writeTo(OutputStream out, long count) throws IOException {
        Random random = new Random(seed);
        byte[] piece = new byte[PIECES[PIECES.length - 1]];
        long left = count;
        for (int i = 0; left > 0; i++) {
            int length = (int) Math.min(left, PIECES[i % PIECES.length]);
            random.nextBytes(piece);
            if (length == 1) {
                out.write(piece[0]);
            } else {
                out.write(piece, 0, length);
            }
            written.update(piece, 0, length);
            left -= length;
        }
    }

    /** SHA-256 of everything written so far, for {@link S3Uploader#upload(UploadTarget, BundleSource,
     * java.util.function.Supplier)}. */
    String writtenSha256() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) written.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the whole content, computed without writing it anywhere. */
    String sha256() {
        GeneratedBundle copy = new GeneratedBundle(size, seed);
        try {
            copy.writeTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return copy.writtenSha256();
    }

    long size() {
        return size;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
