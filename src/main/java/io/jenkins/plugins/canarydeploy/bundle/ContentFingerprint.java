package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * A SHA-256 over everything that decides a bundle's bytes: the format, the writer's fixed settings, this runtime's
 * deflate output (see {@link Deflation#probe()}), and the sorted manifest (path, kind, mode, size, link target and
 * content SHA-256 of every entry). It reads the files but compresses nothing, so it is known before the bundle is
 * written: equal fingerprints mean byte-identical bundles, which lets a push name the S3 object by it and skip the
 * upload when that object exists.
 */
public final class ContentFingerprint {
    private static final String VERSION = "canary-deploy-bundle/1";

    private final int threads;

    public ContentFingerprint() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A fingerprint that hashes files on {@code threads} threads. */
    public ContentFingerprint(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** The fingerprint, as 64 lower-case hex digits. */
    public static String of(List<BundleEntry> entries, BundleFormat format) throws IOException {
        return new ContentFingerprint().compute(entries, format);
    }

    public String compute(List<BundleEntry> entries, BundleFormat format) throws IOException {
        List<BundleEntry> sorted = PathOrder.sorted(entries);
        MessageDigest manifest = sha256();
        try (DataOutputStream data =
                new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), manifest))) {
            data.writeUTF(VERSION);
            data.writeUTF(format.bundleType());
            data.writeUTF(BundleWriter.shape());
            data.writeUTF(Probe.VALUE);
            data.writeInt(sorted.size());
            ExecutorService pool = threads > 1 ? BundleWriter.newPool(threads) : null;
            try {
                OrderedWorkQueue<Hashed> queue =
                        new OrderedWorkQueue<>(pool, Long.MAX_VALUE, threads * 4, hashed -> hashed.writeTo(data));
                for (BundleEntry entry : sorted) {
                    queue.submit(0, () -> new Hashed(entry, entry.isLink() ? "" : contentSha256(entry)));
                }
                queue.finish();
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
            data.flush();
        }
        return HexFormat.of().formatHex(manifest.digest());
    }

    private static String contentSha256(BundleEntry entry) throws IOException {
        MessageDigest digest = sha256();
        FileContent.read(entry, new byte[FileContent.CHUNK], (chunk, length) -> digest.update(chunk, 0, length));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static final class Hashed {
        final BundleEntry entry;
        final String contentSha256;

        Hashed(BundleEntry entry, String contentSha256) {
            this.entry = entry;
            this.contentSha256 = contentSha256;
        }

        void writeTo(DataOutputStream data) throws IOException {
            writeText(data, entry.path());
            data.writeUTF(entry.kind().name());
            data.writeInt(entry.mode());
            data.writeLong(entry.size());
            writeText(data, entry.linkTarget());
            data.writeUTF(contentSha256);
        }

        private static void writeText(DataOutputStream data, @CheckForNull String text) throws IOException {
            byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
            data.writeInt(bytes.length);
            data.write(bytes);
        }
    }

    /** Computed once per runtime. */
    private static final class Probe {
        static final String VALUE = Deflation.probe();
    }
}
