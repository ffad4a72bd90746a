package io.jenkins.plugins.canarydeploy.s3;

import static io.jenkins.plugins.canarydeploy.s3.UploadSettings.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.fixtures.s3.FaultInjectingProxy;
import io.jenkins.plugins.canarydeploy.fixtures.s3.FaultPlan;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3Fixture;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3ProxyExtension;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/** The sha256 tag and content-addressed pushes; object tagging goes through the proxy, S3Proxy lacks it. */
class ContentAddressedPushTest {
    private static final UploadSettings FIVE_MIB_PARTS =
            UploadSettings.defaults().withPartSize(5 * MIB);

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.withVersionedBucket();

    private FaultInjectingProxy proxy;
    private S3Client client;
    private S3Uploader uploader;
    private S3Objects objects;

    @BeforeEach
    void connect(S3Fixture s3) throws IOException {
        proxy = FaultInjectingProxy.start(s3.endpoint(), FaultPlan.none());
        client = s3.s3ClientBuilder(s3.credentialsProvider())
                .endpointOverride(proxy.endpoint())
                .build();
        uploader = new S3Uploader(client, FIVE_MIB_PARTS);
        objects = new S3Objects(client);
    }

    @AfterEach
    void disconnect() throws IOException {
        client.close();
        proxy.close();
    }

    @Test
    void shouldTagTheObjectWithTheSha256OfTheBundleAndFindIt(S3Fixture s3) {
        GeneratedBundle bundle = new GeneratedBundle(7L * MIB, 20);

        UploadResult result =
                uploader.upload(UploadTarget.of(s3.bucket(), "app/7.zip"), bundle.source(), bundle::writtenSha256);

        assertThat(objects.find(s3.bucket(), "app/7.zip"))
                .contains(new StoredObjectInfo(result.eTag(), result.versionId(), 7L * MIB, bundle.sha256()));
        assertThat(result.sha256()).isEqualTo(bundle.sha256());
        assertThat(result.warning()).isNull();
        assertThat(result.summary()).startsWith("Pushed s3://" + s3.bucket() + "/app/7.zip: 7.0 MiB in 2 parts");
    }

    @Test
    void shouldFindNothingUnderAKeyWithoutObject(S3Fixture s3) {
        assertThat(objects.find(s3.bucket(), "nothing/here.zip")).isEmpty();
    }

    @Test
    void shouldSkipTheUploadWhenTheKeyHoldsTheSameBundle(S3Fixture s3) {
        GeneratedBundle bundle = new GeneratedBundle(MIB, 21);
        String sha256 = bundle.sha256();
        UploadTarget target = UploadTarget.of(s3.bucket(), "cas/" + sha256 + ".zip");
        AtomicInteger writes = new AtomicInteger();
        BundleSource counted = out -> {
            writes.incrementAndGet();
            new GeneratedBundle(MIB, 21).writeTo(out);
        };

        UploadResult first = uploader.uploadIfAbsent(target, sha256, counted);
        UploadResult second = uploader.uploadIfAbsent(target, sha256, counted);

        assertThat(first.skipped()).isFalse();
        assertThat(second.skipped()).isTrue();
        assertThat(second)
                .extracting(UploadResult::eTag, UploadResult::versionId, UploadResult::size, UploadResult::partCount)
                .containsExactly(first.eTag(), first.versionId(), (long) MIB, 1);
        assertThat(second.summary())
                .startsWith("Skipped the upload: s3://" + s3.bucket() + "/cas/" + sha256 + ".zip already holds this"
                        + " bundle");
        assertThat(writes).hasValue(1);
        assertThat(s3.listObjectVersions("cas/")).hasSize(1);
    }

    @Test
    void shouldUploadAgainWhenTheKeyHoldsAnotherBundle(S3Fixture s3) {
        GeneratedBundle old = new GeneratedBundle(MIB, 22);
        GeneratedBundle current = new GeneratedBundle(MIB, 23);
        UploadTarget target = UploadTarget.of(s3.bucket(), "cas/latest.zip");
        uploader.upload(target, old.source(), old::writtenSha256);

        UploadResult result = uploader.uploadIfAbsent(target, current.sha256(), current.source());

        assertThat(result.skipped()).isFalse();
        assertThat(objects.find(s3.bucket(), "cas/latest.zip"))
                .hasValueSatisfying(found -> assertThat(found.sha256()).isEqualTo(current.sha256()));
        assertThat(s3.readObject("cas/latest.zip").sha256Hex()).isEqualTo(current.sha256());
    }

    @Test
    void shouldStoreNothingWhenTheBundleIsNotTheOneTheKeyWasMadeFor(S3Fixture s3) {
        String promised = new GeneratedBundle(11L * MIB, 24).sha256();
        GeneratedBundle actual = new GeneratedBundle(11L * MIB, 25);

        assertThatThrownBy(() -> uploader.uploadIfAbsent(
                        UploadTarget.of(s3.bucket(), "cas/" + promised + ".zip"), promised, actual.source()))
                .isInstanceOf(S3PushException.class)
                .hasMessageContaining("the bundle's SHA-256 is " + actual.sha256() + ", but its content-addressed key"
                        + " was made for " + promised)
                .hasMessageContaining("The multipart upload was aborted; nothing was stored.");
        assertThat(s3.openMultipartUploads()).isEmpty();
        assertThat(s3.listObjectVersions("")).isEmpty();
    }

    @Test
    void shouldStoreNothingWhenTheCallerGivesNoValidSha256(S3Fixture s3) {
        assertThatThrownBy(() -> uploader.upload(
                        UploadTarget.of(s3.bucket(), "app.zip"), new GeneratedBundle(MIB, 26).source(), () -> "n/a"))
                .isInstanceOf(S3PushException.class)
                .hasMessageContaining("the SHA-256 given for the bundle, 'n/a', is not 64 hex digits")
                .hasMessageContaining("Nothing was stored.");
        assertThat(s3.listObjectVersions("")).isEmpty();
    }
}
