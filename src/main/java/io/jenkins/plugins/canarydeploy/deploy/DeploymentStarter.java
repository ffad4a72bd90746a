package io.jenkins.plugins.canarydeploy.deploy;

import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.CreateDeploymentRequest;
import software.amazon.awssdk.services.codedeploy.model.RevisionLocation;
import software.amazon.awssdk.services.codedeploy.model.RevisionLocationType;
import software.amazon.awssdk.services.codedeploy.model.S3Location;

/** Creates a CodeDeploy deployment for a checked {@link DeploymentRequest} and returns its id. */
public final class DeploymentStarter {
    private final CodeDeployClient client;

    public DeploymentStarter(CodeDeployClient client) {
        this.client = client;
    }

    public String start(DeploymentRequest request) {
        request.check().throwIfAny("The deployment");
        CreateDeploymentRequest.Builder create = CreateDeploymentRequest.builder()
                .applicationName(request.application())
                .deploymentGroupName(request.deploymentGroup())
                .revision(revisionLocation(request.revision()));
        if (request.deploymentConfig() != null) {
            create.deploymentConfigName(request.deploymentConfig());
        }
        if (request.description() != null) {
            create.description(request.description());
        }
        try {
            return client.createDeployment(create.build()).deploymentId();
        } catch (SdkException e) {
            throw new DeploymentException(
                    "CodeDeploy refused to create a deployment of "
                            + request.revision().location() + " to " + request.application() + "/"
                            + request.deploymentGroup() + ": " + e.getMessage(),
                    e);
        }
    }

    static RevisionLocation revisionLocation(S3Revision revision) {
        S3Location.Builder location = S3Location.builder()
                .bucket(revision.bucket())
                .key(revision.key())
                .bundleType(revision.bundleType());
        if (revision.eTag() != null) {
            location.eTag(revision.eTag());
        }
        if (revision.version() != null) {
            location.version(revision.version());
        }
        return RevisionLocation.builder()
                .revisionType(RevisionLocationType.S3)
                .s3Location(location.build())
                .build();
    }
}
