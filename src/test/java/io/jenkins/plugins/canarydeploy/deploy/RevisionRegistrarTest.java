package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AwsSimulatorExtension.class)
class RevisionRegistrarTest {
    private static final S3Revision REVISION =
            new S3Revision("milestone3shraddha", "bucketlist/build-7.tgz", "tgz", "0a1b2c", "v0000000000000007");

    @Test
    void shouldRegisterTheRevisionWithItsETagAndVersion(AwsSimulator aws) {
        aws.codeDeploy().group("BucketList", "Canary");

        new RevisionRegistrar(aws.codeDeployClient()).register("BucketList", REVISION, "canary-demo #7");

        RecordedRequest register = aws.requests("RegisterApplicationRevision").get(0);
        assertThat(register.body().path("applicationName").asText()).isEqualTo("BucketList");
        assertThat(register.body().path("description").asText()).isEqualTo("canary-demo #7");
        var location = register.body().path("revision").path("s3Location");
        assertThat(location.path("bundleType").asText()).isEqualTo("tgz");
        assertThat(location.path("eTag").asText()).isEqualTo("0a1b2c");
        assertThat(location.path("version").asText()).isEqualTo("v0000000000000007");
    }

    @Test
    void shouldNameTheApplicationWhenCodeDeployRefuses(AwsSimulator aws) {
        assertThatThrownBy(() -> new RevisionRegistrar(aws.codeDeployClient()).register("NoSuchApp", REVISION, null))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining(
                        "register s3://milestone3shraddha/bucketlist/build-7.tgz with application" + " NoSuchApp");
    }
}
