package io.jenkins.plugins.canarydeploy.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The agent's default chain, resolved on the agent (here: this JVM's system properties) and renewed in time. */
class AgentCredentialsProviderTest {
    private final InProcessChannel agent = new InProcessChannel();
    private Instant now = Instant.parse("2026-06-02T09:00:00Z");
    private final AgentCredentialsProvider provider = new AgentCredentialsProvider(agent, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @AfterEach
    void forgetAgentCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void shouldUseTheCredentialsTheAgentResolvesAndAskAgainAfterAFewMinutes() {
        agentHas("AKIAAGENT1");
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("AKIAAGENT1");
        agentHas("AKIAAGENT2");

        now = now.plus(AgentCredentialsProvider.REFRESH).minusSeconds(1);
        AwsCredentials cached = provider.resolveCredentials();
        now = now.plusSeconds(1);
        AwsCredentials renewed = provider.resolveCredentials();

        assertThat(cached.accessKeyId()).isEqualTo("AKIAAGENT1");
        assertThat(renewed.accessKeyId()).isEqualTo("AKIAAGENT2");
        assertThat(renewed.secretAccessKey()).isEqualTo("secret-of-AKIAAGENT2");
        assertThat(agent.calls).isEqualTo(2);
    }

    @Test
    void shouldSayHowToFixAnAgentWithoutCredentials() {
        System.setProperty("aws.accessKeyId", "");
        System.setProperty("aws.secretAccessKey", "");

        assertThatThrownBy(provider::resolveCredentials)
                .isInstanceOf(SdkClientException.class)
                .hasMessageStartingWith("Could not get AWS credentials from the agent: ")
                .hasMessageContaining("Give the step a credentialsId instead.");
    }

    @Test
    void shouldNeverShowTheSecret() {
        agentHas("AKIAAGENT1");
        provider.resolveCredentials();

        assertThat(provider.toString()).doesNotContain("secret").doesNotContain("AKIA");
    }

    private static void agentHas(String accessKeyId) {
        System.setProperty("aws.accessKeyId", accessKeyId);
        System.setProperty("aws.secretAccessKey", "secret-of-" + accessKeyId);
    }
}
