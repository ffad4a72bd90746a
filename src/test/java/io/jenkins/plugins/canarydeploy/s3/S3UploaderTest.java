package io.jenkins.plugins.canarydeploy.s3;

import static io.jenkins.plugins.canarydeploy.s3.UploadSettings.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.fixtures.s3.S3Fixture;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3ProxyExtension;
import io.jenkins.plugins.canarydeploy.fixtures.s3.StoredObject;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

class S3UploaderTest {
    private static final UploadSettings FIVE_MIB_PARTS =
            UploadSettings.defaults().withPartSize(5 * MIB).withRetries(3, Duration.ofMillis(10));

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.withVersionedBucket();

    private final RecordingInterceptor wire = new RecordingInterceptor();
    private S3Client client;

    @BeforeEach
    void createClient(S3Fixture s3) {
        client = s3.s3ClientBuilder(s3.credentialsProvider())
                .overrideConfiguration(config -> config.addExecutionInterceptor(wire))
                .build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void shouldSendASmallBundleAsOnePutObject(S3Fixture s3) {
        GeneratedBundle bundle = new GeneratedBundle(300 * 1024, 1);
        UploadTarget target =
                UploadTarget.of(s3.bucket(), "app/build-1.zip").withMetadata(Map.of("build-url", "http://ci/1"));

        UploadResult result = new S3Uploader(client).upload(target, bundle.source());

        StoredObject stored = s3.readObject("app/build-1.zip");
        assertThat(stored.sha256Hex()).isEqualTo(bundle.sha256());
        assertThat(stored.contentType()).isEqualTo("application/zip");
        assertThat(stored.metadata()).containsEntry("build-url", "http://ci/1");
        assertThat(result.partCount()).isEqualTo(1);
        assertThat(result.size()).isEqualTo(300 * 1024);
        assertThat(result.eTag()).isEqualTo(Digests.unquote(stored.eTag())).doesNotContain("\"");
        assertThat(result.versionId()).isEqualTo(stored.versionId()).isNotBlank();
        assertThat(result.skipped()).isFalse();
        assertThat(wire.operations()).containsExactly("PutObject", "HeadObject");
    }

    @Test
    void shouldStreamManyPartsInParallelAndVerifyThem(S3Fixture s3) {
        GeneratedBundle bundle = new GeneratedBundle(40L * MIB, 2);

        UploadResult result = new S3Uploader(client, FIVE_MIB_PARTS.withParallelParts(4))
                .upload(UploadTarget.of(s3.bucket(), "app/big.tar.gz"), bundle.source());

        assertThat(s3.readObject("app/big.tar.gz").sha256Hex()).isEqualTo(bundle.sha256());
        assertThat(result.partCount()).isEqualTo(8);
        assertThat(result.eTag()).endsWith("-8");
        assertThat(result.size()).isEqualTo(40L * MIB);
        assertThat(wire.sent("UploadPart")).hasSize(8).allSatisfy(part -> {
            assertThat(part.header("Content-MD5")).isNotBlank();
            assertThat(part.header("x-amz-checksum-crc32")).isNotBlank();
        });
        assertThat(s3.openMultipartUploads()).isEmpty();
    }

    @Test
    void shouldKeepAtMostTheParallelPartsInFlight(S3Fixture s3) {
        wire.slowDown("UploadPart", Duration.ofMillis(400));
        GeneratedBundle bundle = new GeneratedBundle(36L * MIB, 15);

        UploadResult result = new S3Uploader(client, FIVE_MIB_PARTS.withParallelParts(3))
                .upload(UploadTarget.of(s3.bucket(), "app/parallel.zip"), bundle.source());

        assertThat(result.partCount()).isEqualTo(8);
        assertThat(wire.maxInFlight())
                .as("never more than 3; more than 1 unless this machine starves the reader for 400 ms")
                .isBetween(2, 3);
        assertThat(s3.readObject("app/parallel.zip").sha256Hex()).isEqualTo(bundle.sha256());
    }

    @Test
    void shouldKeepTheVerifiedObjectAndWarnWhenTheStoreCannotTag(S3Fixture s3) {
        GeneratedBundle bundle = new GeneratedBundle(MIB, 16);

        UploadResult result = new S3Uploader(client)
                .upload(UploadTarget.of(s3.bucket(), "untagged.zip"), bundle.source(), bundle::writtenSha256);

        assertThat(result.warning())
                .startsWith("Could not tag s3://" + s3.bucket() + "/untagged.zip with its SHA-256: the S3 endpoint "
                        + s3.endpoint() + " does not implement this request (NotImplemented (HTTP 501))")
                .endsWith("The object is stored and verified, but content-addressed pushes will not recognize it.");
        assertThat(result.summary()).contains(", verified. Warning: Could not tag");
        assertThat(s3.readObject("untagged.zip").sha256Hex()).isEqualTo(bundle.sha256());
        assertThat(new S3Objects(client).find(s3.bucket(), "untagged.zip"))
                .hasValueSatisfying(found -> assertThat(found.sha256()).isNull());
    }

    @Test
    void shouldUseOnePutForExactlyOnePartAndMultipartForOneByteMore(S3Fixture s3) {
        S3Uploader uploader = new S3Uploader(client, FIVE_MIB_PARTS);
        GeneratedBundle exact = new GeneratedBundle(5 * MIB, 3);
        GeneratedBundle oneMore = new GeneratedBundle(5 * MIB + 1, 3);

        UploadResult single = uploader.upload(UploadTarget.of(s3.bucket(), "exact.zip"), exact.source());
        UploadResult two = uploader.upload(UploadTarget.of(s3.bucket(), "one-more.zip"), oneMore.source());

        assertThat(single.partCount()).isEqualTo(1);
        assertThat(two.partCount()).isEqualTo(2);
        assertThat(s3.readObject("exact.zip").sha256Hex()).isEqualTo(exact.sha256());
        assertThat(s3.readObject("one-more.zip").sha256Hex()).isEqualTo(oneMore.sha256());
    }

    @Test
    void shouldStoreAnEmptyBundle(S3Fixture s3) {
        UploadResult result = new S3Uploader(client).upload(UploadTarget.of(s3.bucket(), "empty.zip"), out -> {});

        assertThat(result.size()).isZero();
        assertThat(s3.readObject("empty.zip").content()).isEmpty();
    }

    @Test
    void shouldAbortAndStoreNothingWhenTheSourceFails(S3Fixture s3) {
        GeneratedBundle bundle = new GeneratedBundle(12L * MIB, 4);
        IOException diskFull = new IOException("No space left on device");

        assertThatThrownBy(() -> new S3Uploader(client, FIVE_MIB_PARTS)
                        .upload(UploadTarget.of(s3.bucket(), "broken.zip"), out -> {
                            bundle.writeTo(out);
                            throw diskFull;
                        }))
                .isInstanceOf(S3PushException.class)
                .hasCause(diskFull)
                .hasMessageContaining("s3://" + s3.bucket() + "/broken.zip while streaming the bundle")
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("The multipart upload was aborted; nothing was stored.");
        assertThat(wire.operations()).contains("UploadPart", "AbortMultipartUpload");
        assertThat(s3.openMultipartUploads()).isEmpty();
        assertThat(s3.listObjectVersions("")).isEmpty();
    }

    @Test
    void shouldNameBucketAndRegionWhenTheBucketIsMissing(S3Fixture s3) {
        String missing = "never-created-" + Long.toHexString(System.nanoTime());

        assertThatThrownBy(() -> new S3Uploader(client, FIVE_MIB_PARTS)
                        .upload(UploadTarget.of(missing, "app.zip"), new GeneratedBundle(12L * MIB, 5).source()))
                .isInstanceOf(S3PushException.class)
                .hasMessageContaining("s3://" + missing + "/app.zip")
                .hasMessageContaining("the bucket '" + missing + "' does not exist (NoSuchBucket). Check the bucket"
                        + " name and the region (this push used us-east-1).")
                .hasMessageContaining("Nothing was stored.");
        assertThatThrownBy(() -> s3.s3Client().headBucket(request -> request.bucket(missing)))
                .isInstanceOf(NoSuchBucketException.class);
        assertThat(s3.listObjectVersions("")).isEmpty();
    }

    @Test
    void shouldNameTheCredentialsWhenTheAccessKeyIsUnknown(S3Fixture s3) {
        var unknownKey = StaticCredentialsProvider.create(AwsBasicCredentials.create("unknown-key", "secret"));
        try (S3Client wrong = s3.s3ClientBuilder(unknownKey).build()) {
            assertThatThrownBy(() -> new S3Uploader(wrong, FIVE_MIB_PARTS)
                            .upload(UploadTarget.of(s3.bucket(), "app.zip"), new GeneratedBundle(1024, 6).source()))
                    .isInstanceOf(S3PushException.class)
                    .hasMessageContaining("S3 does not know the access key id (InvalidAccessKeyId (HTTP 403)): check"
                            + " the credentials.");
            assertThatThrownBy(() -> new S3Objects(wrong).find(s3.bucket(), "app.zip"))
                    .isInstanceOf(S3PushException.class)
                    .hasMessageContaining(
                            "S3 refused the request (HTTP 403, without details): check the" + " credentials");
        }
        assertThat(s3.listObjectVersions("")).isEmpty();
    }

    @Test
    void shouldNameTheSecretKeyWhenTheSignatureIsWrong(S3Fixture s3) {
        // a small body: S3Proxy answers 403 and closes at once, which would break a large body's upload mid-way
        var wrongSecret = StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKeyId(), "wrong"));
        try (S3Client wrong = s3.s3ClientBuilder(wrongSecret).build()) {
            assertThatThrownBy(() -> new S3Uploader(wrong, FIVE_MIB_PARTS)
                            .upload(UploadTarget.of(s3.bucket(), "app.zip"), new GeneratedBundle(1024, 6).source()))
                    .isInstanceOf(S3PushException.class)
                    .hasMessageContaining("S3 rejected the request signature (SignatureDoesNotMatch (HTTP 403)):"
                            + " check the secret access key of the credentials.");
        }
        assertThat(s3.openMultipartUploads()).isEmpty();
        assertThat(s3.listObjectVersions("")).isEmpty();
    }

    @Test
    void shouldAskForAes256Encryption(S3Fixture s3) {
        UploadTarget target = UploadTarget.of(s3.bucket(), "sse.zip").withEncryption(Encryption.aes256());

        new S3Uploader(client, FIVE_MIB_PARTS).upload(target, new GeneratedBundle(6L * MIB, 7).source());

        assertThat(wire.sent("CreateMultipartUpload"))
                .singleElement()
                .satisfies(create -> assertThat(create.header("x-amz-server-side-encryption"))
                        .isEqualTo("AES256"));
        assertThat(s3.s3Client()
                        .headObject(request -> request.bucket(s3.bucket()).key("sse.zip"))
                        .serverSideEncryption())
                .isEqualTo(ServerSideEncryption.AES256);
    }

    @Test
    void shouldAskForKmsEncryptionWithTheGivenKey(S3Fixture s3) {
        GeneratedBundle bundle = new GeneratedBundle(MIB, 8);
        UploadTarget target =
                UploadTarget.of(s3.bucket(), "kms.zip").withEncryption(Encryption.kms("alias/deploy-bundles"));

        UploadResult result = new S3Uploader(client).upload(target, bundle.source());

        assertThat(wire.sent("PutObject")).singleElement().satisfies(put -> {
            assertThat(put.header("x-amz-server-side-encryption")).isEqualTo("aws:kms");
            assertThat(put.header("x-amz-server-side-encryption-aws-kms-key-id"))
                    .isEqualTo("alias/deploy-bundles");
        });
        assertThat(result.size()).isEqualTo(MIB);
        assertThat(s3.readObject("kms.zip").sha256Hex()).isEqualTo(bundle.sha256());
    }

    @Test
    void shouldAbortWhenInterruptedAndKeepTheInterruptFlag(S3Fixture s3) {
        GeneratedBundle bundle = new GeneratedBundle(16L * MIB, 9);
        try {
            assertThatThrownBy(() -> new S3Uploader(client, FIVE_MIB_PARTS)
                            .upload(UploadTarget.of(s3.bucket(), "aborted.zip"), out -> {
                                bundle.writeTo(out, 11L * MIB);
                                Thread.currentThread().interrupt();
                                bundle.writeTo(out, 5L * MIB);
                            }))
                    .isInstanceOf(S3PushException.class)
                    .hasMessageContaining("the push was interrupted")
                    .hasMessageContaining("The multipart upload was aborted; nothing was stored.");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(s3.openMultipartUploads()).isEmpty();
        assertThat(s3.listObjectVersions("")).isEmpty();
    }

    @Test
    void shouldRefuseAnInvalidTargetBeforeSendingAnything() {
        UploadTarget target = new UploadTarget(
                "Not_A_Bucket",
                "/app//b.zip",
                "application/zip",
                Map.of(),
                new Encryption(Encryption.Type.AES256, "k"));

        assertThatThrownBy(() -> new S3Uploader(client).upload(target, out -> out.write(1)))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("bucket", "key", "kmsKeyId"));
        assertThat(wire.operations()).isEmpty();
    }
}
