package io.jenkins.plugins.canarydeploy.s3;

import static io.jenkins.plugins.canarydeploy.s3.UploadSettings.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.aws.AwsClients;
import io.jenkins.plugins.canarydeploy.aws.AwsConnection;
import io.jenkins.plugins.canarydeploy.fixtures.s3.FaultInjectingProxy;
import io.jenkins.plugins.canarydeploy.fixtures.s3.FaultPlan;
import io.jenkins.plugins.canarydeploy.fixtures.s3.InjectedFault;
import io.jenkins.plugins.canarydeploy.fixtures.s3.ProxiedRequest;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3Fixture;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3ProxyExtension;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Pushes through {@link FaultInjectingProxy} with the plugin's own client setup ({@link AwsClients}, standard
 * retry strategy): faults the retries overcome must still end in a verified object, the others must leave
 * nothing behind.
 */
class S3UploaderFaultsTest {
    private static final UploadSettings SETTINGS =
            UploadSettings.defaults().withPartSize(5 * MIB).withParallelParts(4).withRetries(3, Duration.ofMillis(20));
    private static final int ALWAYS = Integer.MAX_VALUE;

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.withVersionedBucket();

    private FaultInjectingProxy proxy;
    private S3Client client;

    private S3Uploader uploaderThrough(S3Fixture s3, FaultPlan plan) throws IOException {
        proxy = FaultInjectingProxy.start(s3.endpoint(), plan);
        client = AwsClients.s3(new AwsConnection("us-east-1", proxy.endpoint(), s3.credentialsProvider()));
        return new S3Uploader(client, SETTINGS);
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void shouldEndVerifiedDespiteThrottlingServerErrorsAndDroppedConnections(S3Fixture s3) throws IOException {
        S3Uploader uploader = uploaderThrough(s3, FaultPlan.seeded(20_260_101L, 3));
        GeneratedBundle bundle = new GeneratedBundle(40L * MIB, 10);

        UploadResult result =
                uploader.upload(UploadTarget.of(s3.bucket(), "faults/app.zip"), bundle.source(), bundle::writtenSha256);

        assertThat(s3.readObject("faults/app.zip").sha256Hex()).isEqualTo(bundle.sha256());
        assertThat(result.partCount()).isEqualTo(8);
        assertThat(result.sha256()).isEqualTo(bundle.sha256());
        assertThat(s3.openMultipartUploads()).isEmpty();
        assertThat(proxy.requests())
                .extracting(ProxiedRequest::fault)
                .contains(InjectedFault.SLOW_DOWN, InjectedFault.INTERNAL_ERROR, InjectedFault.DROP_CONNECTION);
    }

    @Test
    void shouldSendAPartAgainWhenItsConnectionDropsMoreOftenThanTheSdkRetries(S3Fixture s3) throws IOException {
        S3Uploader uploader = uploaderThrough(
                s3, FaultPlan.none().fail(request -> request.isUploadPart(2), InjectedFault.DROP_CONNECTION, 3));
        GeneratedBundle bundle = new GeneratedBundle(12L * MIB, 11);

        uploader.upload(UploadTarget.of(s3.bucket(), "dropped.zip"), bundle.source());

        assertThat(s3.readObject("dropped.zip").sha256Hex()).isEqualTo(bundle.sha256());
        assertThat(proxy.requests().stream().filter(request -> request.isUploadPart(2)))
                .extracting(ProxiedRequest::fault)
                .containsExactly(
                        InjectedFault.DROP_CONNECTION,
                        InjectedFault.DROP_CONNECTION,
                        InjectedFault.DROP_CONNECTION,
                        null);
        assertThat(s3.openMultipartUploads()).isEmpty();
    }

    @Test
    void shouldAbortWhenAPartKeepsFailing(S3Fixture s3) throws IOException {
        S3Uploader uploader = uploaderThrough(
                s3, FaultPlan.none().fail(request -> request.isUploadPart(2), InjectedFault.INTERNAL_ERROR, ALWAYS));

        assertThatThrownBy(() -> uploader.upload(
                        UploadTarget.of(s3.bucket(), "failing.zip"), new GeneratedBundle(22L * MIB, 12).source()))
                .isInstanceOf(S3PushException.class)
                .hasMessageContaining(
                        "S3 kept failing (InternalError (HTTP 500)) even after retries: push again later.")
                .hasMessageContaining("The multipart upload was aborted; nothing was stored.");
        assertThat(s3.openMultipartUploads()).isEmpty();
        assertThat(s3.listObjectVersions("")).isEmpty();
    }

    @Test
    void shouldAbortWhenAPartComesBackWithAnotherETag(S3Fixture s3) throws IOException {
        String wrong = "\"0123456789abcdef0123456789abcdef\"";
        S3Uploader uploader = uploaderThrough(
                s3, FaultPlan.none().rewriteResponseHeader(request -> request.isUploadPart(1), "ETag", wrong));

        assertThatThrownBy(() -> uploader.upload(
                        UploadTarget.of(s3.bucket(), "damaged.zip"), new GeneratedBundle(7L * MIB, 13).source()))
                .isInstanceOf(S3PushException.class)
                .hasMessageContaining("the stored content failed verification: S3 reports ETag"
                        + " 0123456789abcdef0123456789abcdef for part 1, but the part's MD5 is")
                .hasMessageContaining("The multipart upload was aborted; nothing was stored.");
        assertThat(proxy.requests().stream().filter(request -> request.isUploadPart(1)))
                .hasSize(SETTINGS.partAttempts());
        assertThat(s3.openMultipartUploads()).isEmpty();
        assertThat(s3.listObjectVersions("")).isEmpty();
    }

    @Test
    void shouldDeleteTheObjectAgainWhenItsStoredSizeIsWrong(S3Fixture s3) throws IOException {
        S3Uploader uploader = uploaderThrough(
                s3,
                FaultPlan.none()
                        .rewriteResponseHeader(request -> request.method().equals("HEAD"), "Content-Length", "1"));

        assertThatThrownBy(() -> uploader.upload(
                        UploadTarget.of(s3.bucket(), "short.zip"), new GeneratedBundle(11L * MIB, 14).source()))
                .isInstanceOf(S3PushException.class)
                .hasMessageContaining("while verifying the stored object: the stored content failed verification:"
                        + " S3 holds 1 bytes, but 11534336 bytes were sent")
                .hasMessageContaining("was deleted again.");
        assertThat(s3.listObjectVersions("")).isEmpty();
        assertThat(s3.openMultipartUploads()).isEmpty();
    }
}
