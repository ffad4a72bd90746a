package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files above 4 GiB: a streamed, deflated one (Zip64 sizes in the data descriptor), a stored one (Zip64 sizes in the
 * local header) and a small file after them (Zip64 offset in the central directory). Takes about a minute and
 * 4.5 GB of disk, so it runs only with {@code -Dbundle.largeTests=true}.
 */
@EnabledIfSystemProperty(named = "bundle.largeTests", matches = "true")
class LargeZip64Test {
    private static final long SIZE = (4L << 30) + 12_345;

    @TempDir
    Path folder;

    @Test
    void shouldWriteZip64SizesAndOffsetsThatReadersAgreeOn() throws Exception {
        Path workspace = Files.createDirectories(folder.resolve("workspace"));
        sparse(workspace.resolve("a-huge.log"));
        sparse(workspace.resolve("b-huge.zip"));
        TestFiles.write(workspace, "c-small.txt", "after 8 GiB");
        List<BundleEntry> entries =
                new WorkspaceScanner(BundleSpec.of(workspace, null, null, true, BundleFormat.ZIP)).scan();
        Path bundle = folder.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            new BundleWriter(BundleFormat.ZIP).write(entries, out);
        }

        Map<String, Long> central = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(bundle).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                central.put(entry.getName(), entry.getSize());
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("c-small.txt"))) {
                assertThat(new String(in.readAllBytes())).isEqualTo("after 8 GiB");
            }
        }
        assertThat(central)
                .containsExactly(
                        Map.entry("a-huge.log", SIZE), Map.entry("b-huge.zip", SIZE), Map.entry("c-small.txt", 11L));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bundle.toFile())) {
            assertThat(zip.getEntry("a-huge.log").getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(zip.getEntry("b-huge.zip").getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(zip.getEntry("b-huge.zip").getSize()).isEqualTo(SIZE);
        }
        Map<String, Long> streamed = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                streamed.put(entry.getName(), crcOf(zip));
            }
        }
        long zerosCrc = crcOfZeros(SIZE);
        assertThat(streamed).containsEntry("a-huge.log", zerosCrc).containsEntry("b-huge.zip", zerosCrc);
        assertThat(ExternalTool.run("unzip", "-tq", bundle.toString(), "c-small.txt"))
                .as("Info-ZIP, as the agent uses it, finds the entry past 8 GiB")
                .contains("No errors detected");
    }

    private static void sparse(Path file) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SIZE);
        }
    }

    private static long crcOf(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            crc.update(buffer, 0, read);
        }
        return crc.getValue();
    }

    private static long crcOfZeros(long size) {
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[1 << 16];
        for (long left = size; left > 0; left -= zeros.length) {
            crc.update(zeros, 0, (int) Math.min(zeros.length, left));
        }
        return crc.getValue();
    }
}
