package io.jenkins.plugins.canarydeploy.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes bytes on to the stream it wraps while taking their SHA-256 and count. Closing it only flushes: the
 * caller of the bundle writer owns the target stream.
 */
final class HashingOutputStream extends OutputStream {
    private final OutputStream target;
    private final MessageDigest digest;
    private long count;

    HashingOutputStream(OutputStream target) {
        this.target = target;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        target.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        target.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        count += length;
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    long count() {
        return count;
    }

    /** The SHA-256 of every byte written, in lower-case hex; call once, after the last write. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
