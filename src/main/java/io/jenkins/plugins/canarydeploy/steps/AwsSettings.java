package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.aws.AwsConnection;
import io.jenkins.plugins.canarydeploy.aws.AwsFieldChecks;
import io.jenkins.plugins.canarydeploy.credentials.AwsCredentialsLookup;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;

/**
 * The AWS connection fields of a step, kept by its execution so that it can reconnect after a controller restart.
 * Holds the credentials id only, never a secret. A plain class: Pipeline state cannot hold records.
 */
final class AwsSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @CheckForNull
    private final String region;

    @CheckForNull
    private final String endpoint;

    @CheckForNull
    private final String credentialsId;

    AwsSettings(@CheckForNull String region, @CheckForNull String endpoint, @CheckForNull String credentialsId) {
        this.region = region;
        this.endpoint = endpoint;
        this.credentialsId = credentialsId;
    }

    @CheckForNull
    String region() {
        return region;
    }

    @CheckForNull
    String endpoint() {
        return endpoint;
    }

    /** Without a credentials id, AWS is called as the default chain of the agent that holds the workspace says. */
    AwsConnection connect(Run<?, ?> run, @CheckForNull FilePath workspace) throws AbortException {
        return new AwsConnection(
                region,
                AwsFieldChecks.toEndpoint(endpoint),
                AwsCredentialsLookup.forRun(credentialsId, run, workspace));
    }

    /** Whether the credentials come from a default chain rather than the Credentials plugin. */
    boolean usesDefaultChain() {
        return Texts.isBlank(credentialsId);
    }
}
