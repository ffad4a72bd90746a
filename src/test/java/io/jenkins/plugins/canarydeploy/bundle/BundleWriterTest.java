package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BundleWriterTest {
    /** Small sizes, so that a test can cross the large-file threshold and fill the budget with little data. */
    private static final WriterTuning SMALL = new WriterTuning(64 << 10, 64 << 10, 512 << 10, 64);

    @TempDir
    Path workspace;

    private void sampleWorkspace() throws IOException {
        TestFiles.write(workspace, "appspec.yml", """
                version: 0.0
                os: linux
                files:
                  - source: /
                    destination: /var/www/app
                hooks:
                  ApplicationStart:
                    - location: scripts/start.sh
                      timeout: 300
                  ValidateService:
                    - location: scripts/start.sh
                      timeout: 300
                """);
        TestFiles.executable(workspace, "scripts/start.sh", "#!/bin/sh\necho started\n");
        TestFiles.chmod(TestFiles.write(workspace, "config/secret.conf", "password=x\n"), "rw-------");
        TestFiles.chmod(TestFiles.write(workspace, "bin/tool", TestFiles.random(3000, 1)), "rwx------");
        TestFiles.write(workspace, "lib/app.jar", TestFiles.random(50_000, 2));
        TestFiles.write(workspace, "web/index.html", TestFiles.text(40_000, 3));
        TestFiles.write(workspace, "data/random.bin", TestFiles.random(20_000, 4));
        TestFiles.write(workspace, "empty.txt", new byte[0]);
        TestFiles.write(workspace, "\u00fcber/\u540d\u524d.txt", "non-ASCII names");
        TestFiles.write(workspace, "deep/" + "folder-with-a-long-name/".repeat(6) + "file.txt", "long path");
        TestFiles.link(workspace, "current", "web");
        TestFiles.link(workspace, "bin/start", "../scripts/start.sh");
    }

    private List<BundleEntry> scan() throws IOException {
        return new WorkspaceScanner(BundleSpec.of(workspace, null, null, true, BundleFormat.ZIP)).scan();
    }

    private static byte[] write(BundleWriter writer, List<BundleEntry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleResult result = writer.write(entries, out);
        byte[] bytes = out.toByteArray();
        assertThat(result.size()).isEqualTo(bytes.length);
        assertThat(result.sha256()).isEqualTo(TestFiles.sha256(bytes));
        assertThat(result.fileCount()).isEqualTo(entries.size());
        return bytes;
    }

    /** What the workspace holds, in the form {@link Unpacked} reads it back. */
    private Map<String, Unpacked.Item> expected(List<BundleEntry> entries) throws IOException {
        Map<String, Unpacked.Item> expected = new LinkedHashMap<>();
        for (BundleEntry entry : entries) {
            expected.put(
                    entry.path(),
                    entry.isLink()
                            ? Unpacked.Item.link(entry.path(), entry.target())
                            : Unpacked.Item.file(entry.path(), entry.mode(), Files.readAllBytes(entry.source())));
        }
        return expected;
    }

    @ParameterizedTest
    @EnumSource(BundleFormat.class)
    void shouldRoundTripContentModesAndLinks(BundleFormat format) throws IOException {
        sampleWorkspace();
        List<BundleEntry> entries = scan();

        byte[] bundle = write(new BundleWriter(format, 4), entries);

        assertThat(Unpacked.read(format, bundle)).containsExactlyEntriesOf(expected(entries));
        assertThat(Unpacked.read(format, bundle).get("scripts/start.sh").mode()).isEqualTo(0755);
        assertThat(Unpacked.read(format, bundle).get("config/secret.conf").mode())
                .isEqualTo(0600);
        assertThat(Unpacked.read(format, bundle).get("current").content()).isEqualTo("web");
    }

    @ParameterizedTest
    @EnumSource(BundleFormat.class)
    void shouldWriteTheSameBytesWhateverTheTimestampsAndThreads(BundleFormat format) throws IOException {
        sampleWorkspace();
        byte[] first = write(new BundleWriter(format, 4), scan());

        assertThat(write(new BundleWriter(format, 4), scan())).isEqualTo(first);
        TestFiles.touchAll(workspace, 1_700_000_000_000L);
        assertThat(write(new BundleWriter(format, 4), scan())).isEqualTo(first);
        assertThat(write(new BundleWriter(format, 1), scan()))
                .as("single-threaded")
                .isEqualTo(first);
        assertThat(write(new BundleWriter(format, 2), scan())).isEqualTo(first);
        assertThat(write(new BundleWriter(format, 16), scan())).isEqualTo(first);
    }

    @Test
    void shouldStoreCompressedFilesAndDeflateOthers() throws IOException {
        sampleWorkspace();
        Path bundle = Files.write(
                workspace.resolveSibling(workspace.getFileName() + ".zip"),
                write(new BundleWriter(BundleFormat.ZIP), scan()));

        Map<String, Integer> methods = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                methods.put(entry.getName(), entry.getMethod());
                assertThat(entry.getExtra()).as("no extra fields").isNull();
                assertThat(entry.getTimeLocal()).hasToString("1980-01-01T00:00");
            }
        } finally {
            Files.delete(bundle);
        }
        assertThat(methods)
                .containsEntry("lib/app.jar", ZipEntry.STORED)
                .containsEntry("web/index.html", ZipEntry.DEFLATED)
                .containsEntry("appspec.yml", ZipEntry.DEFLATED)
                .containsEntry("data/random.bin", ZipEntry.STORED)
                .containsEntry("empty.txt", ZipEntry.STORED)
                .containsEntry("current", ZipEntry.STORED);
    }

    @ParameterizedTest
    @EnumSource(
            value = BundleFormat.class,
            names = {"ZIP", "TGZ"})
    void shouldStreamLargeFilesAndKeepTheBufferedBytesWithinTheBudget(BundleFormat format) throws IOException {
        for (int i = 0; i < 40; i++) {
            TestFiles.write(workspace, "many/file-" + i + ".txt", TestFiles.text(48 << 10, i));
        }
        TestFiles.write(workspace, "large/app.log", TestFiles.text(300 << 10, 100));
        TestFiles.write(workspace, "large/app.jar", TestFiles.random(300 << 10, 101));
        TestFiles.write(workspace, "large/random.bin", TestFiles.random(300 << 10, 102));
        List<BundleEntry> entries = scan();

        BundleWriter parallel = new BundleWriter(format, 4, SMALL);
        byte[] bundle = write(parallel, entries);

        assertThat(Unpacked.read(format, bundle)).containsExactlyEntriesOf(expected(entries));
        assertThat(parallel.peakBufferedBytes()).isPositive().isLessThanOrEqualTo(SMALL.budgetBytes());
        BundleWriter single = new BundleWriter(format, 1, SMALL);
        assertThat(write(single, entries)).as("single-threaded").isEqualTo(bundle);
        assertThat(single.peakBufferedBytes()).isLessThanOrEqualTo(GzipMember.reservation(64 << 10));
    }

    @Test
    void shouldBeReadableByStreamingZipReadersThroughDataDescriptors() throws IOException {
        TestFiles.write(workspace, "large/app.log", TestFiles.text(300 << 10, 100));
        TestFiles.write(workspace, "large/app.jar", TestFiles.random(300 << 10, 101));
        TestFiles.write(workspace, "small.txt", "small");
        List<BundleEntry> entries = scan();
        byte[] bundle = write(new BundleWriter(BundleFormat.ZIP, 2, SMALL), entries);

        Map<String, String> read = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                read.put(entry.getName(), TestFiles.sha256(zip.readAllBytes()));
            }
        }
        Map<String, String> commons = new LinkedHashMap<>();
        try (org.apache.commons.compress.archivers.zip.ZipArchiveInputStream zip =
                new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(new ByteArrayInputStream(bundle))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                commons.put(entry.getName(), TestFiles.sha256(zip.readAllBytes()));
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (BundleEntry entry : entries) {
            expected.put(entry.path(), TestFiles.sha256(Files.readAllBytes(entry.source())));
        }
        assertThat(read).containsExactlyEntriesOf(expected);
        assertThat(commons).containsExactlyEntriesOf(expected);
    }

    @ParameterizedTest
    @EnumSource(BundleFormat.class)
    void shouldFailWhenAFileChangesWhileItIsWritten(BundleFormat format) throws IOException {
        Path file = TestFiles.write(workspace, "growing.log", "first line\n");
        List<BundleEntry> entries = List.of(BundleEntry.file("growing.log", 0644, 5, file));

        assertThatThrownBy(() -> new BundleWriter(format, 2).write(entries, new ByteArrayOutputStream()))
                .isInstanceOf(BundleException.class)
                .hasMessage("'growing.log' changed while the bundle was being written (it had 5 bytes when the folder"
                        + " was scanned): make sure no other step of the build writes into the source folder while"
                        + " bundling, then bundle again.");
    }

    @Test
    void shouldRefuseTwoEntriesWithOnePath() throws IOException {
        Path file = TestFiles.write(workspace, "a.txt", "a");
        List<BundleEntry> entries =
                List.of(BundleEntry.file("a.txt", 0644, 1, file), BundleEntry.file("a.txt", 0644, 1, file));

        assertThatThrownBy(() -> new BundleWriter(BundleFormat.ZIP).write(entries, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.txt");
    }

    @Test
    void shouldRefuseEntriesThatWouldUnpackOutsideTheirFolder() {
        Path file = workspace.resolve("a.txt");
        for (String path : List.of("../a.txt", "a/../../b", "/etc/passwd", "a//b", "./a", "a/")) {
            assertThatThrownBy(() -> BundleEntry.file(path, 0644, 1, file))
                    .as(path)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(BundleEntry.file("a/.b/c..d", 0644, 1, file).path()).isEqualTo("a/.b/c..d");
    }
}
