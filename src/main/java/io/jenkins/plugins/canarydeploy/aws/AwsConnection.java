package io.jenkins.plugins.canarydeploy.aws;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Where and as whom AWS is called: region (empty means the SDK's default region chain), an optional endpoint
 * override (private endpoints, simulators) and the credentials provider.
 */
public record AwsConnection(
        @CheckForNull String region, @CheckForNull URI endpoint, AwsCredentialsProvider credentials) {

    public Optional<Region> sdkRegion() {
        return Optional.ofNullable(region).map(Region::of);
    }

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }
}
