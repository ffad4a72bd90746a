package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipFormatTest {
    private static final int ENTRIES = 70_000;

    @TempDir
    Path folder;

    @Test
    void shouldUseZip64EndRecordsForMoreThan65535Entries() throws IOException {
        Path content = TestFiles.write(folder, "source.txt", "small file\n");
        List<BundleEntry> entries = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            entries.add(BundleEntry.file(String.format("files/%03d/%06d.txt", i % 100, i), 0644, 11, content));
        }
        Path bundle = folder.resolve("bundle.zip");

        BundleResult result;
        try (OutputStream out = Files.newOutputStream(bundle)) {
            result = new BundleWriter(BundleFormat.ZIP).write(entries, out);
        }

        assertThat(result.fileCount()).isEqualTo(ENTRIES);
        byte[] bytes = Files.readAllBytes(bundle);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = bytes.length - 22;
        assertThat(buffer.getInt(end)).as("end of central directory").isEqualTo(0x06054b50);
        assertThat(buffer.getShort(end + 10) & 0xFFFF)
                .as("entry count points to Zip64")
                .isEqualTo(0xFFFF);
        assertThat(buffer.getInt(end - 20)).as("Zip64 end locator").isEqualTo(0x07064b50);
        int zip64End = (int) buffer.getLong(end - 20 + 8);
        assertThat(buffer.getInt(zip64End)).as("Zip64 end record").isEqualTo(0x06064b50);
        assertThat(buffer.getLong(zip64End + 32)).as("Zip64 entry count").isEqualTo(ENTRIES);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bundle.toFile())) {
            assertThat(zip.size()).isEqualTo(ENTRIES);
            assertThat(new String(zip.getInputStream(zip.getEntry("files/099/069999.txt"))
                            .readAllBytes()))
                    .isEqualTo("small file\n");
        }
        try (ZipFile zip = ZipFile.builder().setPath(bundle).get()) {
            List<ZipArchiveEntry> read = Collections.list(zip.getEntries());
            assertThat(read).hasSize(ENTRIES);
            assertThat(read.get(ENTRIES - 1).getPlatform()).isEqualTo(ZipArchiveEntry.PLATFORM_UNIX);
            assertThat(read.get(ENTRIES - 1).getUnixMode()).isEqualTo(0100644);
        }
        int streamed = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                streamed++;
            }
        }
        assertThat(streamed).isEqualTo(ENTRIES);
    }

    @Test
    void shouldUseClassicEndRecordsBelowTheLimits() throws IOException {
        Path content = TestFiles.write(folder, "source.txt", "small file\n");
        byte[] bytes = ZipFormatTest.write(List.of(BundleEntry.file("a.txt", 0644, 11, content)));

        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = bytes.length - 22;
        assertThat(buffer.getInt(end)).isEqualTo(0x06054b50);
        assertThat(buffer.getShort(end + 10)).isEqualTo((short) 1);
        assertThat(buffer.getInt(end - 20)).as("no Zip64 locator").isNotEqualTo(0x07064b50);
        assertThat(buffer.getInt(0)).as("a local header first").isEqualTo(0x04034b50);
    }

    private static byte[] write(List<BundleEntry> entries) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new BundleWriter(BundleFormat.ZIP).write(entries, out);
        return out.toByteArray();
    }
}
