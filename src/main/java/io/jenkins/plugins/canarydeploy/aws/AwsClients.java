package io.jenkins.plugins.canarydeploy.aws;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds SDK v2 clients for an {@link AwsConnection}. The HTTP client is named explicitly: service loading of
 * HTTP implementations is unreliable inside plugin class loaders.
 */
public final class AwsClients {
    private static final String USER_AGENT_SUFFIX = "canary-deploy";

    private AwsClients() {}

    public static CodeDeployClient codeDeploy(AwsConnection connection) {
        return configure(CodeDeployClient.builder(), connection).build();
    }

    public static CloudWatchClient cloudWatch(AwsConnection connection) {
        return configure(CloudWatchClient.builder(), connection).build();
    }

    /** Path-style addressing when an endpoint is given, as S3-compatible endpoints expect. */
    public static S3Client s3(AwsConnection connection) {
        return configure(S3Client.builder(), connection)
                .forcePathStyle(connection.endpointOverride().isPresent())
                .build();
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, AwsConnection connection) {
        builder.httpClientBuilder(ApacheHttpClient.builder())
                .credentialsProvider(connection.credentials())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(RetryMode.STANDARD)
                        .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, USER_AGENT_SUFFIX)
                        .build());
        connection.sdkRegion().ifPresent(builder::region);
        connection.endpointOverride().ifPresent(builder::endpointOverride);
        return builder;
    }
}
