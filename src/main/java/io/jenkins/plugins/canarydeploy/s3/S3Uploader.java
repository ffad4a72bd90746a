package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Pushes a bundle that is being written to S3: in parallel parts (or one PutObject when it fits in one part),
 * each part checked on arrival, the object verified end to end. A push either ends with a verified object or
 * throws an {@link S3PushException} after removing what it stored: the multipart upload is aborted, or an object
 * that failed verification is deleted again. Throttling and 5xx answers are retried by the client's retry strategy.
 */
public final class S3Uploader {
    private final S3Client s3;
    private final UploadSettings settings;
    private final S3Objects objects;

    public S3Uploader(S3Client s3) {
        this(s3, UploadSettings.defaults());
    }

    public S3Uploader(S3Client s3, UploadSettings settings) {
        this.s3 = s3;
        this.settings = settings;
        this.objects = new S3Objects(s3);
    }

    /** Streams the bundle to the target and verifies the stored object. */
    public UploadResult upload(UploadTarget target, BundleSource source) {
        return push(target, source, null, null);
    }

    /**
     * Like {@link #upload(UploadTarget, BundleSource)}, and tags the object with the bundle's SHA-256, which the
     * caller computes while writing: {@code sha256} is asked once the source is done, before the object is
     * completed, so an invalid value leaves nothing behind.
     */
    public UploadResult upload(UploadTarget target, BundleSource source, Supplier<String> sha256) {
        return push(target, source, sha256, null);
    }

    /**
     * Content-addressed push: when the key already holds an object tagged with this SHA-256, nothing is sent and
     * the result says it was skipped. Otherwise the bundle is streamed, hashed on the way, and stored only if its
     * SHA-256 is the one the key was made for.
     */
    public UploadResult uploadIfAbsent(UploadTarget target, String sha256, BundleSource source) {
        String expected = Digests.normalizeSha256(sha256);
        if (expected == null) {
            throw new IllegalArgumentException("'" + sha256 + "' is not a SHA-256: give 64 hex digits.");
        }
        target.check().throwIfAny("The S3 upload target");
        Optional<StoredObjectInfo> existing = objects.find(target.bucket(), target.key());
        if (existing.isPresent() && expected.equals(existing.get().sha256())) {
            StoredObjectInfo found = existing.get();
            return new UploadResult(
                    target.bucket(),
                    target.key(),
                    found.eTag(),
                    found.versionId(),
                    found.size(),
                    partCountOf(found.eTag()),
                    expected,
                    true,
                    null);
        }
        MessageDigest digest = Digests.newDigest("SHA-256");
        return push(
                target,
                out -> source.writeTo(new DigestOutputStream(out, digest)),
                () -> Digests.hex(digest.digest()),
                expected);
    }

    private UploadResult push(
            UploadTarget target,
            BundleSource source,
            @CheckForNull Supplier<String> sha256Supplier,
            @CheckForNull String expectedSha256) {
        target.check().throwIfAny("The S3 upload target");
        MultipartUploadStream stream = new MultipartUploadStream(s3, target, settings);
        StoredContent stored = null;
        String step = "streaming the bundle";
        try {
            try (stream) {
                source.writeTo(stream);
            }
            String sha256 = sha256Supplier == null ? null : sha256Of(sha256Supplier, expectedSha256);
            step = "storing the object";
            stored = stream.finish();
            step = "verifying the stored object";
            StoredObjectCheck.verify(s3, target, stored);
            String warning = null;
            if (sha256 != null) {
                step = "tagging the object with its SHA-256";
                warning = tag(target, stored, sha256);
            }
            return new UploadResult(
                    target.bucket(),
                    target.key(),
                    stored.eTag(),
                    stored.versionId(),
                    stored.size(),
                    stored.partCount(),
                    sha256,
                    false,
                    warning);
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw new PushCleanup(s3, objects).failed(target, stream, stored, step, e);
        } catch (Error e) {
            new PushCleanup(s3, objects).failed(target, stream, stored, step, new IllegalStateException(e));
            throw e;
        } finally {
            stream.shutdown();
        }
    }

    /**
     * Tags the verified object. When S3 refuses (no permission, or an S3-compatible store without tagging), the
     * object stays: the tag only lets content-addressed pushes recognize it, so the result carries a warning.
     */
    @CheckForNull
    private String tag(UploadTarget target, StoredContent stored, String sha256) {
        try {
            objects.tagSha256(target.bucket(), target.key(), stored.versionId(), sha256);
            return null;
        } catch (S3PushException e) {
            if (!(e.getCause() instanceof AwsServiceException refusal)
                    || refusal.statusCode() >= 500 && refusal.statusCode() != 501) {
                throw e;
            }
            return e.getMessage() + " The object is stored and verified, but content-addressed pushes will not"
                    + " recognize it.";
        }
    }

    private static String sha256Of(Supplier<String> supplier, @CheckForNull String expected)
            throws UploadIntegrityException {
        String given = supplier.get();
        String sha256 = Digests.normalizeSha256(given);
        if (sha256 == null) {
            throw new UploadIntegrityException(
                    "the SHA-256 given for the bundle, '" + given + "', is not 64 hex digits");
        }
        if (expected != null && !expected.equals(sha256)) {
            throw new UploadIntegrityException("the bundle's SHA-256 is " + sha256 + ", but its content-addressed"
                    + " key was made for " + expected + "; the bundle is not reproducible, or the key is stale");
        }
        return sha256;
    }

    private static int partCountOf(String eTag) {
        int dash = eTag.lastIndexOf('-');
        try {
            return dash < 0 ? 1 : Integer.parseInt(eTag.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
