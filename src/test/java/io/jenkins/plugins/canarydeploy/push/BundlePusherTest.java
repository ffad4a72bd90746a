package io.jenkins.plugins.canarydeploy.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.bundle.BundleException;
import io.jenkins.plugins.canarydeploy.bundle.BundleFormat;
import io.jenkins.plugins.canarydeploy.bundle.ComputePlatform;
import io.jenkins.plugins.canarydeploy.fixtures.s3.FaultInjectingProxy;
import io.jenkins.plugins.canarydeploy.fixtures.s3.FaultPlan;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3Fixture;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3ProxyExtension;
import io.jenkins.plugins.canarydeploy.fixtures.s3.StoredObject;
import io.jenkins.plugins.canarydeploy.s3.UploadSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** Whole pushes of a real workspace to S3Proxy: what lands in S3 is exactly the bundle, or nothing at all. */
class BundlePusherTest {
    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.withVersionedBucket();

    private static final String APPSPEC = """
            version: 0.0
            os: linux
            files:
              - source: app
                destination: /srv/bucketlist
            hooks:
              ApplicationStart:
                - location: scripts/start.sh
                  timeout: 60
            """;

    @TempDir
    Path workspace;

    private final List<String> log = new ArrayList<>();
    private FaultInjectingProxy proxy;
    private S3Client client;

    /** Object tagging goes through the proxy's emulation: S3Proxy lacks it. */
    @BeforeEach
    void connect(S3Fixture s3) throws IOException {
        proxy = FaultInjectingProxy.start(s3.endpoint(), FaultPlan.none());
        client = s3.s3ClientBuilder(s3.credentialsProvider())
                .endpointOverride(proxy.endpoint())
                .build();
    }

    @AfterEach
    void disconnect() throws IOException {
        client.close();
        proxy.close();
    }

    @Test
    void shouldPushExactlyTheBundleItReportsWithModesKept(S3Fixture s3) throws IOException {
        writeWorkspace();

        PushedRevision pushed = pusher(s3).push(request(s3, false), workspace, log::add);

        StoredObject stored = s3.readObject(pushed.revision().key());
        assertThat(stored.sha256Hex()).isEqualTo(pushed.sha256());
        assertThat((long) stored.content().length).isEqualTo(pushed.size());
        assertThat(stored.versionId()).isEqualTo(pushed.revision().version());
        assertThat(pushed.revision().key()).matches("bucketlist/canary-demo/7-[0-9a-f]{8}\\.zip");
        assertThat(pushed.revision().bundleType()).isEqualTo("zip");
        assertThat(pushed.fileCount()).isEqualTo(3);
        assertThat(pushed.reused()).isFalse();
        Map<String, Integer> modes = zipModes(stored.content());
        assertThat(modes).containsOnlyKeys("app/index.html", "appspec.yml", "scripts/start.sh");
        assertThat(modes.get("scripts/start.sh") & 0777).isEqualTo(0755);
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith("Bundling 3 files of "));
    }

    @Test
    void shouldReuseAnIdenticalEarlierPushInContentAddressedMode(S3Fixture s3) throws IOException {
        writeWorkspace();
        PushedRevision first = pusher(s3).push(request(s3, true), workspace, log::add);
        Files.setLastModifiedTime(
                workspace.resolve("app/index.html"), java.nio.file.attribute.FileTime.fromMillis(1_000));

        PushedRevision second = pusher(s3).push(request(s3, true), workspace, log::add);

        assertThat(second.reused()).isTrue();
        assertThat(second.revision()).isEqualTo(first.revision());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(s3.listObjectVersions("bucketlist/"))
                .as("nothing uploaded again")
                .hasSize(1);
    }

    @Test
    void shouldUploadNothingWhenTheAppSpecIsBroken(S3Fixture s3) throws IOException {
        writeWorkspace();
        Files.writeString(workspace.resolve("appspec.yml"), APPSPEC.replace("scripts/start.sh", "scripts/run.sh"));

        assertThatThrownBy(() -> pusher(s3).push(request(s3, false), workspace, log::add))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("The AppSpec file has problems, so nothing was uploaded")
                .satisfies(e -> assertThat(((BundleException) e).getProblems())
                        .anySatisfy(problem ->
                                assertThat(problem).startsWith("appspec.yml:").contains("scripts/run.sh")));
        assertThat(s3.listObjects()).isEmpty();
        assertThat(s3.openMultipartUploads()).isEmpty();
    }

    private BundlePusher pusher(S3Fixture s3) {
        return new BundlePusher(client, UploadSettings.defaults(), 2);
    }

    private PushRequest request(S3Fixture s3, boolean contentAddressed) {
        BundleOptions bundle = new BundleOptions("", "", "", true, BundleFormat.ZIP, ComputePlatform.SERVER, true);
        TargetOptions target = new TargetOptions(s3.bucket(), "bucketlist", "", contentAddressed, "", "");
        return new PushRequest(bundle, target, "canary-demo", "7");
    }

    private void writeWorkspace() throws IOException {
        Files.writeString(workspace.resolve("appspec.yml"), APPSPEC);
        Files.createDirectories(workspace.resolve("app"));
        Files.writeString(workspace.resolve("app/index.html"), "<h1>Bucket list</h1>".repeat(100));
        Files.createDirectories(workspace.resolve("scripts"));
        Path start = Files.writeString(workspace.resolve("scripts/start.sh"), "#!/bin/sh\nexec flask run\n");
        Files.setPosixFilePermissions(start, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(workspace.resolve(".git"));
        Files.writeString(workspace.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    /** Unix modes from the central directory, where zip keeps them. */
    private static Map<String, Integer> zipModes(byte[] zip) throws IOException {
        Map<String, Integer> modes = new HashMap<>();
        try (ZipFile file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            file.getEntries().asIterator().forEachRemaining(entry -> modes.put(entry.getName(), entry.getUnixMode()));
        }
        return modes;
    }
}
