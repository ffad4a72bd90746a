package io.jenkins.plugins.canarydeploy.bundle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.Deflater;

/**
 * Raw deflate at one fixed level, with a pool of deflaters shared by the compressing threads. The same input always
 * gives the same output with the same zlib, which is what makes bundles reproducible.
 */
final class Deflation implements AutoCloseable {
    static final int LEVEL = 6;

    private final Queue<Deflater> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    Deflater borrow() {
        Deflater deflater = idle.poll();
        return deflater != null ? deflater : new Deflater(LEVEL, true);
    }

    void giveBack(Deflater deflater) {
        deflater.reset();
        if (closed) {
            deflater.end();
        } else {
            idle.add(deflater);
        }
    }

    /**
     * Deflates {@code length} bytes into {@code out} from {@code offset} on, and returns the compressed length, or
     * -1 when the result would not fit.
     */
    int deflate(byte[] in, int length, byte[] out, int offset) {
        Deflater deflater = borrow();
        try {
            deflater.setInput(in, 0, length);
            deflater.finish();
            int end = offset;
            while (!deflater.finished()) {
                if (end == out.length) {
                    return -1;
                }
                end += deflater.deflate(out, end, out.length - end);
            }
            return end - offset;
        } finally {
            giveBack(deflater);
        }
    }

    /** An upper bound of the deflated size of {@code length} bytes (zlib's bound, with room to spare). */
    static long bound(long length) {
        return length + (length >>> 12) + (length >>> 14) + (length >>> 25) + 64;
    }

    /**
     * A digest of this runtime's deflate output for a fixed sample: two runtimes whose zlib compresses differently
     * give different probes, so that a content fingerprint never promises bytes another runtime would not write.
     */
    static String probe() {
        byte[] sample = new byte[1 << 16];
        long seed = 42;
        for (int i = 0; i < sample.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            sample[i] = i % 3 == 0 ? (byte) (seed >>> 60) : (byte) ("appspec hooks ".charAt(i % 14));
        }
        byte[] out = new byte[(int) bound(sample.length)];
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(sample);
            deflater.finish();
            int length = 0;
            while (!deflater.finished()) {
                length += deflater.deflate(out, length, out.length - length);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(out, 0, length);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deflater.end();
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Deflater deflater = idle.poll(); deflater != null; deflater = idle.poll()) {
            deflater.end();
        }
    }
}
