package io.jenkins.plugins.canarydeploy.bench;

import io.jenkins.plugins.canarydeploy.bundle.BundleFormat;
import io.jenkins.plugins.canarydeploy.bundle.ComputePlatform;
import io.jenkins.plugins.canarydeploy.fixtures.s3.FaultInjectingProxy;
import io.jenkins.plugins.canarydeploy.fixtures.s3.FaultPlan;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3ProxyServer;
import io.jenkins.plugins.canarydeploy.push.BundleOptions;
import io.jenkins.plugins.canarydeploy.push.BundlePusher;
import io.jenkins.plugins.canarydeploy.push.PushRequest;
import io.jenkins.plugins.canarydeploy.push.PushedRevision;
import io.jenkins.plugins.canarydeploy.push.TargetOptions;
import io.jenkins.plugins.canarydeploy.s3.UploadSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * bench/run push [MEGABYTES]: pushes one generated mixed workspace (default 520 MB) to the same S3Proxy on
 * loopback the old way (single-threaded zip into a temp file, one PutObject) and with codeDeployPush's core,
 * side by side in one run, then re-pushes it unchanged in content-addressed mode.
 */
public final class PushBenchmark {
    private static final String BUCKET = "bench";

    private PushBenchmark() {}

    public static void main(String[] args) throws Exception {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 520;
        Path work = Files.createTempDirectory("push-bench");
        try (S3ProxyServer s3 = S3ProxyServer.onDisk(Files.createDirectories(work.resolve("s3")));
                FaultInjectingProxy tagging = FaultInjectingProxy.start(s3.endpoint(), FaultPlan.none())) {
            UploadedBytes uploaded = new UploadedBytes();
            try (S3Client client = s3.clientBuilder(s3.credentials())
                    .endpointOverride(tagging.endpoint())
                    .overrideConfiguration(ClientOverrideConfiguration.builder()
                            .addExecutionInterceptor(uploaded)
                            .build())
                    .build()) {
                client.createBucket(r -> r.bucket(BUCKET));
                run(client, uploaded, work, megabytes);
            }
        } finally {
            delete(work);
        }
    }

    private static void run(S3Client client, UploadedBytes uploaded, Path work, long megabytes) throws Exception {
        Path warmUp = Files.createDirectories(work.resolve("warm-up"));
        MixedWorkspace.generate(warmUp, 8L << 20, 16L << 20, 1);
        LegacyPush.push(client, BUCKET, "warm-up/legacy.zip", warmUp, work);
        pusher(client).push(request("warm-up", false), warmUp, line -> {});
        uploaded.takeCount();

        Path workspace = Files.createDirectories(work.resolve("workspace"));
        long text = megabytes * 30 / 100;
        int files = MixedWorkspace.generate(workspace, text << 20, (megabytes - text) << 20, 42);
        print("workspace-megabytes", megabytes);
        print("workspace-files", files);

        long legacyBundle;
        double legacySeconds;
        long start = System.nanoTime();
        try (HeapSampler heap = new HeapSampler()) {
            legacyBundle = LegacyPush.push(client, BUCKET, "legacy/bundle.zip", workspace, work);
            legacySeconds = seconds(start);
            print("legacy-seconds", legacySeconds);
            print("legacy-peak-heap-mb", heap.peakMegabytes());
        }
        print("legacy-uploaded-bytes", uploaded.takeCount());

        PushedRevision pushed;
        double pushSeconds;
        start = System.nanoTime();
        try (HeapSampler heap = new HeapSampler()) {
            pushed = pusher(client).push(request("bench", true), workspace, line -> {});
            pushSeconds = seconds(start);
            print("push-seconds", pushSeconds);
            print("push-peak-heap-mb", heap.peakMegabytes());
        }
        print("push-uploaded-bytes", uploaded.takeCount());
        print("legacy-bundle-bytes", legacyBundle);
        print("push-bundle-bytes", pushed.size());
        print("bundle-size-ratio", (double) pushed.size() / legacyBundle);

        PushedRevision again = pusher(client).push(request("bench", true), workspace, line -> {});
        print("repush-reused", again.reused());
        print("repush-bytes", uploaded.takeCount());
        print("push-speedup", legacySeconds / pushSeconds);
    }

    private static BundlePusher pusher(S3Client client) {
        return new BundlePusher(
                client, UploadSettings.defaults(), Runtime.getRuntime().availableProcessors());
    }

    private static PushRequest request(String prefix, boolean contentAddressed) {
        return new PushRequest(
                new BundleOptions("", "", "", true, BundleFormat.ZIP, ComputePlatform.SERVER, true),
                new TargetOptions(BUCKET, prefix, "", contentAddressed, "", ""),
                "bench",
                "1");
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void print(String key, Object value) {
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value);
        System.out.println(key + ": " + text);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
