package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Unpacks bundles the way the CodeDeploy agent does on Linux ({@code unzip -qo} for zip, {@code /bin/tar -xpsf} for
 * tar and {@code -zxpsf} for tgz), where those tools are installed, and checks modes and links survive.
 */
class AgentUnpackTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(BundleFormat.class)
    void shouldKeepModesAndLinksWhenUnpackedLikeTheAgent(BundleFormat format) throws Exception {
        Path workspace = Files.createDirectories(folder.resolve("workspace"));
        TestFiles.write(workspace, "appspec.yml", "version: 0.0\nos: linux\n");
        TestFiles.executable(workspace, "scripts/start.sh", "#!/bin/sh\necho started\n");
        TestFiles.chmod(TestFiles.write(workspace, "config/app.conf", "key=value\n"), "rw-------");
        TestFiles.chmod(TestFiles.write(workspace, "bin/tool", TestFiles.text(300_000, 7)), "rwx------");
        TestFiles.write(workspace, "lib/app.jar", TestFiles.random(10_000, 8));
        TestFiles.link(workspace, "bin/start", "../scripts/start.sh");
        TestFiles.link(workspace, "current", "lib");
        List<BundleEntry> entries = new WorkspaceScanner(BundleSpec.of(workspace, null, null, true, format)).scan();
        Path bundle = folder.resolve("bundle" + format.extension());
        try (OutputStream out = Files.newOutputStream(bundle)) {
            new BundleWriter(format, 4, new WriterTuning(64 << 10, 64 << 10, 512 << 10, 64)).write(entries, out);
        }
        Path unpacked = Files.createDirectories(folder.resolve("deployment-archive"));

        switch (format) {
            case ZIP:
                run("unzip", "-t", bundle.toString());
                run("unzip", "-qo", bundle.toString(), "-d", unpacked.toString());
                break;
            case TGZ:
                run("gzip", "-t", bundle.toString());
                run("tar", "-zxpsf", bundle.toString(), "-C", unpacked.toString());
                break;
            default:
                run("tar", "-xpsf", bundle.toString(), "-C", unpacked.toString());
                break;
        }

        assertThat(permissions(unpacked.resolve("scripts/start.sh"))).isEqualTo("rwxr-xr-x");
        assertThat(permissions(unpacked.resolve("config/app.conf"))).isEqualTo("rw-------");
        assertThat(permissions(unpacked.resolve("bin/tool"))).isEqualTo("rwx------");
        assertThat(permissions(unpacked.resolve("appspec.yml"))).isEqualTo("rw-r--r--");
        assertThat(Files.readSymbolicLink(unpacked.resolve("bin/start"))).hasToString("../scripts/start.sh");
        assertThat(Files.readSymbolicLink(unpacked.resolve("current"))).hasToString("lib");
        assertThat(unpacked.resolve("bin/tool")).hasSameBinaryContentAs(workspace.resolve("bin/tool"));
        assertThat(unpacked.resolve("lib/app.jar")).hasSameBinaryContentAs(workspace.resolve("lib/app.jar"));
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static void run(String... command) throws Exception {
        ExternalTool.run(command);
    }
}
