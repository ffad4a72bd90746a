package io.jenkins.plugins.canarydeploy.aws;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * Credentials resolved on the controller and handed to the agent that does the work (over the agent's encrypted
 * channel, never to disk or log). Resolved just before use, so that role sessions are fresh.
 */
public final class CredentialsSnapshot implements AwsCredentialsProvider, Serializable {
    private static final long serialVersionUID = 1L;

    private final String accessKeyId;
    private final String secretAccessKey;

    @CheckForNull
    private final String sessionToken;

    private CredentialsSnapshot(String accessKeyId, String secretAccessKey, @CheckForNull String sessionToken) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.sessionToken = sessionToken;
    }

    public static CredentialsSnapshot of(AwsCredentialsProvider provider) {
        AwsCredentials credentials = provider.resolveCredentials();
        String token = credentials instanceof AwsSessionCredentials session ? session.sessionToken() : null;
        return new CredentialsSnapshot(credentials.accessKeyId(), credentials.secretAccessKey(), token);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return sessionToken == null
                ? AwsBasicCredentials.create(accessKeyId, secretAccessKey)
                : AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken);
    }

    /** Names the access key only: the secret and the token never reach a log. */
    @Override
    public String toString() {
        return "CredentialsSnapshot[" + accessKeyId + (sessionToken == null ? "" : ", session") + "]";
    }
}
