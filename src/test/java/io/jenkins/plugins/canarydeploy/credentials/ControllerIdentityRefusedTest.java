package io.jenkins.plugins.canarydeploy.credentials;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class ControllerIdentityRefusedTest {
    @Test
    void shouldRefuseTheControllersIdentityNamingTheFieldAndTheFix() {
        System.setProperty("aws.accessKeyId", "AKIACONTROLLER");
        System.setProperty("aws.secretAccessKey", "controller-secret");
        try {
            assertThatThrownBy(() -> new ControllerIdentityRefused().resolveCredentials())
                    .as("even though the controller's default chain has credentials")
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageStartingWith("'credentialsId': no AWS credentials are named")
                    .hasMessageContaining("run the step inside node { } on an agent");
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }
}
