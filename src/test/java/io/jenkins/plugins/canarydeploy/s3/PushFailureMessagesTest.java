package io.jenkins.plugins.canarydeploy.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

class PushFailureMessagesTest {
    private static S3Client client;

    @BeforeAll
    static void createClient() {
        client = S3Client.builder()
                .region(Region.EU_CENTRAL_1)
                .endpointOverride(URI.create("https://s3.example.test"))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClientBuilder(ApacheHttpClient.builder())
                .build();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void shouldListThePermissionsAndTheResourceWhenAccessIsDenied() {
        assertThat(reason(s3Error(403, "AccessDenied", "Access Denied")))
                .isEqualTo("S3 denied access (AccessDenied (HTTP 403)). The credentials need s3:PutObject,"
                        + " s3:GetObject, s3:AbortMultipartUpload, s3:PutObjectTagging and s3:GetObjectTagging (on"
                        + " versioned buckets also s3:GetObjectVersion, s3:PutObjectVersionTagging and"
                        + " s3:GetObjectVersionTagging) on arn:aws:s3:::releases/app/42.zip, with SSE-KMS also"
                        + " kms:GenerateDataKey and kms:Decrypt on the key; check the bucket policy as well.");
    }

    @Test
    void shouldNameTheRegionForAMissingBucket() {
        assertThat(reason(s3Error(404, "NoSuchBucket", "The specified bucket does not exist")))
                .isEqualTo("the bucket 'releases' does not exist (NoSuchBucket). Check the bucket name and the region"
                        + " (this push used eu-central-1).");
    }

    @Test
    void shouldExplainKmsThrottlingAndOtherServiceErrors() {
        assertThat(reason(s3Error(403, "KMS.DisabledException", "key is disabled")))
                .startsWith("S3 could not use the KMS key (KMS.DisabledException (HTTP 403): key is disabled).");
        assertThat(reason(s3Error(503, "SlowDown", "Please reduce your request rate.")))
                .isEqualTo("S3 kept throttling the requests (SlowDown (HTTP 503)) even after retries: push again"
                        + " later, or send fewer parts in parallel.");
        assertThat(reason(s3Error(400, "InvalidRequest", "Bad part")))
                .isEqualTo("S3 answered InvalidRequest (HTTP 400): Bad part");
        assertThat(reason(s3Error(400, "RequestTimeTooSkewed", "skewed"))).contains("synchronize it");
    }

    @Test
    void shouldNameTheEndpointWhenS3CannotBeReached() {
        SdkClientException unreachable = SdkClientException.create(
                "Unable to execute HTTP request: s3.example.test", new UnknownHostException("s3.example.test"));

        assertThat(reason(new IOException("Uploading the bundle to S3 failed", unreachable)))
                .startsWith("S3 could not be reached at https://s3.example.test even after retries")
                .endsWith("check the network, the proxy settings and the endpoint.");
    }

    @Test
    void shouldRecognizeInterruptions() {
        assertThat(reason(new IOException("wrapped", new InterruptedException())))
                .isEqualTo("the push was interrupted, e.g. because the build was aborted.");
    }

    private static String reason(Throwable failure) {
        return PushFailureMessages.reason("releases", "app/42.zip", client, failure);
    }

    private static S3Exception s3Error(int status, String code, String message) {
        return (S3Exception) S3Exception.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .build())
                .build();
    }
}
