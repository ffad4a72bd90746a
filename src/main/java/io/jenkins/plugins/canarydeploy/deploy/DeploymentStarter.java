package io.jenkins.plugins.canarydeploy.deploy;

import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.ComputePlatform;
import software.amazon.awssdk.services.codedeploy.model.RevisionLocation;
import software.amazon.awssdk.services.codedeploy.model.RevisionLocationType;
import software.amazon.awssdk.services.codedeploy.model.S3Location;

/**
 * Creates a CodeDeploy deployment for a checked {@link DeploymentRequest}, sending exactly the settings it has.
 * When it sets fileExistsBehavior, the group is read first (once): Lambda and ECS groups do not get it, since
 * CodeDeploy rejects it there.
 */
public final class DeploymentStarter {
    private final CodeDeployClient client;

    public DeploymentStarter(CodeDeployClient client) {
        this.client = client;
    }

    /** Creates the deployment; returns its id. */
    public String start(DeploymentRequest request) {
        return create(request).deploymentId();
    }

    /** Creates the deployment; returns its id and notes for the build log (e.g. a setting left out for the group). */
    public StartedDeployment create(DeploymentRequest request) {
        request.check().throwIfAny("The deployment");
        List<String> notes = new ArrayList<>();
        boolean sendFileExistsBehavior =
                request.options().fileExistsBehavior() != null && groupTakesFileExistsBehavior(request, notes);
        try {
            String id = client.createDeployment(CreateDeploymentRequests.of(request, sendFileExistsBehavior))
                    .deploymentId();
            return new StartedDeployment(id, notes);
        } catch (SdkException e) {
            throw new DeploymentException(
                    "CodeDeploy refused to create a deployment of "
                            + request.revision().location() + " to " + request.application() + "/"
                            + request.deploymentGroup() + ": " + e.getMessage(),
                    e);
        }
    }

    private boolean groupTakesFileExistsBehavior(DeploymentRequest request, List<String> notes) {
        ComputePlatform platform;
        try {
            platform = client.getDeploymentGroup(r ->
                            r.applicationName(request.application()).deploymentGroupName(request.deploymentGroup()))
                    .deploymentGroupInfo()
                    .computePlatform();
        } catch (SdkException e) {
            notes.add("Could not read deployment group " + request.deploymentGroup() + " (" + e.getMessage()
                    + "); sending fileExistsBehavior " + request.options().fileExistsBehavior() + " as given.");
            return true;
        }
        if (platform == ComputePlatform.LAMBDA || platform == ComputePlatform.ECS) {
            notes.add("fileExistsBehavior " + request.options().fileExistsBehavior() + " not sent: group "
                    + request.deploymentGroup() + " deploys to " + platform + ", where CodeDeploy rejects it.");
            return false;
        }
        return true;
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
