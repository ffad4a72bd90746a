package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/** Registers a pushed revision with a CodeDeploy application, so that it shows in the console's revision list. */
public final class RevisionRegistrar {
    private final CodeDeployClient client;

    public RevisionRegistrar(CodeDeployClient client) {
        this.client = client;
    }

    public void register(String application, S3Revision revision, @CheckForNull String description) {
        try {
            client.registerApplicationRevision(r -> r.applicationName(application)
                    .revision(DeploymentStarter.revisionLocation(revision))
                    .description(description));
        } catch (SdkException e) {
            throw new DeploymentException(
                    "CodeDeploy refused to register " + revision.location() + " with application " + application + ": "
                            + e.getMessage(),
                    e);
        }
    }
}
