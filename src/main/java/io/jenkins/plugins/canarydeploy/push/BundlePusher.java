package io.jenkins.plugins.canarydeploy.push;

import io.jenkins.plugins.canarydeploy.bundle.AppSpecCheck;
import io.jenkins.plugins.canarydeploy.bundle.AppSpecProblem;
import io.jenkins.plugins.canarydeploy.bundle.BundleEntry;
import io.jenkins.plugins.canarydeploy.bundle.BundleException;
import io.jenkins.plugins.canarydeploy.bundle.BundleFormat;
import io.jenkins.plugins.canarydeploy.bundle.BundleResult;
import io.jenkins.plugins.canarydeploy.bundle.BundleSpec;
import io.jenkins.plugins.canarydeploy.bundle.BundleWriter;
import io.jenkins.plugins.canarydeploy.bundle.ContentFingerprint;
import io.jenkins.plugins.canarydeploy.bundle.WorkspaceScanner;
import io.jenkins.plugins.canarydeploy.s3.KeyValues;
import io.jenkins.plugins.canarydeploy.s3.S3Objects;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.s3.S3Uploader;
import io.jenkins.plugins.canarydeploy.s3.StoredObjectInfo;
import io.jenkins.plugins.canarydeploy.s3.UploadResult;
import io.jenkins.plugins.canarydeploy.s3.UploadSettings;
import io.jenkins.plugins.canarydeploy.s3.UploadTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Bundles a workspace and pushes it to S3 in one pass: scan, check the AppSpec file (before anything is sent),
 * fingerprint the content (names the key, and lets an identical earlier push be reused), then write the archive
 * straight into a verified upload.
 */
public final class BundlePusher {
    private final S3Client s3;
    private final UploadSettings settings;
    private final int threads;

    public BundlePusher(S3Client s3, UploadSettings settings, int threads) {
        this.s3 = s3;
        this.settings = settings;
        this.threads = threads;
    }

    public PushedRevision push(PushRequest request, Path workspace, Consumer<String> log) throws IOException {
        BundleSpec spec = request.bundle().spec(workspace);
        spec.check().throwIfAny("The bundle");
        List<BundleEntry> entries = new WorkspaceScanner(spec).scan();
        log.accept("Bundling " + entries.size() + " files of " + spec.root() + " as "
                + spec.format().bundleType());
        if (request.bundle().checkAppSpec()) {
            checkAppSpec(request.bundle(), entries);
        }
        String fingerprint = new ContentFingerprint(threads).compute(entries, spec.format());
        String key = request.target()
                .template()
                .render(new KeyValues(
                        request.target().prefix(),
                        request.job(),
                        request.build(),
                        fingerprint,
                        KeyValues.extensionOf(spec.format().bundleType())));
        UploadTarget target = UploadTarget.of(request.target().bucket(), key)
                .withEncryption(request.target().sdkEncryption())
                .withMetadata(Map.of("fingerprint", fingerprint));
        if (request.target().contentAddressed()) {
            Optional<PushedRevision> reused = reuse(target, spec.format(), entries.size());
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        return upload(target, spec.format(), entries);
    }

    private void checkAppSpec(BundleOptions options, List<BundleEntry> entries) throws IOException {
        List<AppSpecProblem> problems = new AppSpecCheck(options.platform(), options.format()).check(entries);
        if (!problems.isEmpty()) {
            throw BundleException.of(
                    "The AppSpec file has problems, so nothing was uploaded (set skipAppSpecCheck for unusual"
                            + " layouts):",
                    problems.stream().map(AppSpecProblem::describe).toList());
        }
    }

    private Optional<PushedRevision> reuse(UploadTarget target, BundleFormat format, int fileCount) {
        Optional<StoredObjectInfo> found = new S3Objects(s3).find(target.bucket(), target.key());
        if (found.isEmpty() || found.get().sha256() == null) {
            return Optional.empty();
        }
        StoredObjectInfo info = found.get();
        String sha256 = Objects.requireNonNull(info.sha256());
        S3Revision revision =
                new S3Revision(target.bucket(), target.key(), format.bundleType(), info.eTag(), info.versionId());
        return Optional.of(new PushedRevision(revision, sha256, info.size(), fileCount, true));
    }

    private PushedRevision upload(UploadTarget target, BundleFormat format, List<BundleEntry> entries) {
        BundleWriter writer = new BundleWriter(format, threads);
        AtomicReference<BundleResult> written = new AtomicReference<>();
        UploadResult uploaded = new S3Uploader(s3, settings)
                .upload(
                        target,
                        out -> written.set(writer.write(entries, out)),
                        () -> written.get().sha256());
        BundleResult bundle = written.get();
        return new PushedRevision(
                new S3Revision(
                        target.bucket(), target.key(), format.bundleType(), uploaded.eTag(), uploaded.versionId()),
                bundle.sha256(),
                bundle.size(),
                bundle.fileCount(),
                false);
    }
}
