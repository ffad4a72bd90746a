package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ParallelGzipOutputStreamTest {
    private static final int BLOCK = 64 << 10;
    private static final WriterTuning TUNING = new WriterTuning(BLOCK, BLOCK, 512 << 10, 8);

    private static byte[] gzip(byte[] data, int threads, int writeSize) throws IOException {
        ExecutorService pool = threads > 1 ? BundleWriter.newPool(threads) : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Deflation deflation = new Deflation()) {
            ParallelGzipOutputStream gzip = new ParallelGzipOutputStream(out, deflation, TUNING, pool);
            for (int at = 0; at < data.length; at += writeSize) {
                gzip.write(data, at, Math.min(writeSize, data.length - at));
            }
            gzip.close();
            assertThat(gzip.peakBytes()).isLessThanOrEqualTo(TUNING.budgetBytes());
        } finally {
            shutdown(pool);
        }
        return out.toByteArray();
    }

    private static void shutdown(@CheckForNull ExecutorService pool) {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static int members(byte[] gzip) {
        int members = 0;
        for (int i = 0; i + 3 < gzip.length; i++) {
            if (gzip[i] == 0x1f && gzip[i + 1] == (byte) 0x8b && gzip[i + 2] == 8 && gzip[i + 3] == 0) {
                members++;
            }
        }
        return members;
    }

    @Test
    void shouldWriteOneGzipMemberPerBlockThatGunzipReadsAsOneStream() throws IOException {
        byte[] data = TestFiles.text(5 * BLOCK / 2, 1);

        byte[] gzip = gzip(data, 4, 1000);

        assertThat(gunzip(gzip)).isEqualTo(data);
        assertThat(members(gzip)).isEqualTo(3);
        assertThat(gzip.length).isLessThan(data.length / 2);
    }

    @Test
    void shouldWriteTheSameBytesWhateverTheThreadsAndWriteSizes() throws IOException {
        byte[] data = TestFiles.text(10 * BLOCK + 17, 2);

        byte[] expected = gzip(data, 1, data.length);

        assertThat(gzip(data, 4, 4096)).isEqualTo(expected);
        assertThat(gzip(data, 2, 511)).isEqualTo(expected);
        assertThat(gzip(data, 8, BLOCK)).isEqualTo(expected);
    }

    @Test
    void shouldWriteAValidGzipForNoData() throws IOException {
        byte[] gzip = gzip(new byte[0], 2, 1);

        assertThat(gunzip(gzip)).isEmpty();
        assertThat(members(gzip)).isEqualTo(1);
    }

    @Test
    void shouldKeepIncompressibleBlocksWithinTheirBound() throws IOException {
        byte[] data = TestFiles.random(3 * BLOCK, 3);

        assertThat(gunzip(gzip(data, 3, 8192))).isEqualTo(data);
    }
}
