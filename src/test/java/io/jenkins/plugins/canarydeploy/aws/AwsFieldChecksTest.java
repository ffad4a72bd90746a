package io.jenkins.plugins.canarydeploy.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsFieldChecksTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "us-east-1",
                "eu-central-2",
                "us-gov-west-1",
                "cn-north-1",
                "us-isob-east-1",
                "ap-southeast-7",
                "mx-central-1",
                "",
                " "
            })
    void shouldAcceptRegionNamesIncludingNewOnesAndBlank(String region) {
        assertThat(AwsFieldChecks.region(region)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"US-EAST-1", "us-east", "Frankfurt", "us_east_1", "eu-west-1a"})
    void shouldRefuseWhatIsNoRegionNameAndSayWhatToWrite(String region) {
        assertThat(AwsFieldChecks.region(region))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("'" + region + "' is not an AWS region name")
                        .contains("us-east-1"));
    }

    @Test
    void shouldAcceptHttpAndHttpsEndpointsAndBlank() {
        assertThat(AwsFieldChecks.endpoint("https://vpce-1.codedeploy.us-east-1.vpce.amazonaws.com"))
                .isEmpty();
        assertThat(AwsFieldChecks.endpoint("http://127.0.0.1:4566")).isEmpty();
        assertThat(AwsFieldChecks.endpoint(null)).isEmpty();
        assertThat(AwsFieldChecks.toEndpoint(" ")).isNull();
        assertThat(AwsFieldChecks.toEndpoint("http://127.0.0.1:4566")).hasPort(4566);
    }

    @ParameterizedTest
    @ValueSource(strings = {"codedeploy.us-east-1.amazonaws.com", "ftp://host", "https://", "http://exa mple"})
    void shouldRefuseEndpointsThatAreNoUrl(String endpoint) {
        assertThat(AwsFieldChecks.endpoint(endpoint))
                .hasValueSatisfying(message ->
                        assertThat(message).contains("is not an endpoint URL").contains("https://"));
    }
}
