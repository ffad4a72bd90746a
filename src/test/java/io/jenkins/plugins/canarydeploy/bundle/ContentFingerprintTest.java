package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContentFingerprintTest {
    @TempDir
    Path folder;

    private static void fill(Path root) throws IOException {
        TestFiles.write(root, "appspec.yml", "version: 0.0\nos: linux\n");
        TestFiles.executable(root, "scripts/start.sh", "#!/bin/sh\n");
        TestFiles.write(root, "lib/app.jar", TestFiles.random(40_000, 1));
        TestFiles.write(root, "web/index.html", TestFiles.text(30_000, 2));
        TestFiles.link(root, "current", "web");
    }

    private static List<BundleEntry> scan(Path root) throws IOException {
        return new WorkspaceScanner(BundleSpec.of(root, null, null, true, BundleFormat.ZIP)).scan();
    }

    /** The fingerprint and the bundle bytes, to compare both. */
    private record Bundle(String fingerprint, String sha256) {}

    private static Bundle bundle(Path root, BundleFormat format) throws IOException {
        List<BundleEntry> entries = scan(root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleResult result = new BundleWriter(format).write(entries, out);
        return new Bundle(new ContentFingerprint(3).compute(entries, format), result.sha256());
    }

    @ParameterizedTest
    @EnumSource(BundleFormat.class)
    void shouldBeEqualExactlyWhenTheBundlesAreByteIdentical(BundleFormat format) throws IOException {
        Path one = Files.createDirectories(folder.resolve("one"));
        Path other = Files.createDirectories(folder.resolve("other"));
        fill(one);
        fill(other);
        Bundle original = bundle(one, format);

        assertThat(original.fingerprint()).hasSize(64).matches("[0-9a-f]+");
        TestFiles.touchAll(other, 1_600_000_000_000L);
        assertThat(bundle(other, format))
                .as("same files elsewhere, other timestamps")
                .isEqualTo(original);

        TestFiles.chmod(other.resolve("web/index.html"), "rwxr-xr-x");
        assertDiffersInBoth(bundle(other, format), original);
        TestFiles.chmod(other.resolve("web/index.html"), "rw-r--r--");
        assertThat(bundle(other, format)).isEqualTo(original);

        byte[] changed = Files.readAllBytes(other.resolve("web/index.html"));
        changed[100] ^= 1;
        Files.write(other.resolve("web/index.html"), changed);
        assertDiffersInBoth(bundle(other, format), original);

        TestFiles.write(other, "web/index.html", TestFiles.text(30_000, 2));
        assertThat(bundle(other, format)).isEqualTo(original);
        Files.delete(other.resolve("current"));
        TestFiles.link(other, "current", "lib");
        assertDiffersInBoth(bundle(other, format), original);

        Files.delete(other.resolve("current"));
        TestFiles.link(other, "current", "web");
        Files.move(other.resolve("appspec.yml"), other.resolve("appspec.yaml"));
        assertDiffersInBoth(bundle(other, format), original);
    }

    @Test
    void shouldDependOnTheFormat() throws IOException {
        fill(folder);
        List<BundleEntry> entries = scan(folder);

        assertThat(ContentFingerprint.of(entries, BundleFormat.ZIP))
                .isNotEqualTo(ContentFingerprint.of(entries, BundleFormat.TGZ))
                .isNotEqualTo(ContentFingerprint.of(entries, BundleFormat.TAR))
                .isEqualTo(new ContentFingerprint(1).compute(entries, BundleFormat.ZIP));
    }

    private static void assertDiffersInBoth(Bundle changed, Bundle original) {
        assertThat(changed.fingerprint()).isNotEqualTo(original.fingerprint());
        assertThat(changed.sha256()).isNotEqualTo(original.sha256());
    }
}
