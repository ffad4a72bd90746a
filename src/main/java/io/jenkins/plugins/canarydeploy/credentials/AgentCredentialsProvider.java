package io.jenkins.plugins.canarydeploy.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.canarydeploy.agent.AgentDefaultCredentials;
import io.jenkins.plugins.canarydeploy.aws.CredentialsSnapshot;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The agent's default credentials chain, for AWS calls the controller makes on a build's behalf: asks the agent
 * again every few minutes, so that the agent's role sessions stay fresh through long deployments and watches.
 */
public final class AgentCredentialsProvider implements AwsCredentialsProvider {
    static final Duration REFRESH = Duration.ofMinutes(5);

    private final VirtualChannel agent;
    private final Clock clock;

    @CheckForNull
    private CredentialsSnapshot cached;

    private Instant fetchedAt = Instant.MIN;

    public AgentCredentialsProvider(VirtualChannel agent) {
        this(agent, Clock.systemUTC());
    }

    AgentCredentialsProvider(VirtualChannel agent, Clock clock) {
        this.agent = agent;
        this.clock = clock;
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(fetchedAt.plus(REFRESH))) {
            cached = fetch();
            fetchedAt = now;
        }
        return cached.resolveCredentials();
    }

    private CredentialsSnapshot fetch() {
        try {
            return agent.call(new AgentDefaultCredentials());
        } catch (IOException e) {
            throw SdkClientException.create("Could not get AWS credentials from the agent: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("Interrupted while getting AWS credentials from the agent", e);
        }
    }

    @Override
    public String toString() {
        return "AgentCredentialsProvider[agent default chain]";
    }
}
