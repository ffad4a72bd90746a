package io.jenkins.plugins.canarydeploy.canary.release;

import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentGroupInfo;
import software.amazon.awssdk.services.codedeploy.model.LastDeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.RevisionLocation;
import software.amazon.awssdk.services.codedeploy.model.S3Location;

/**
 * Finds what a failed canary goes back to: GetDeploymentGroup names the last successful deployment, GetDeployment
 * tells its revision. Trouble reading them does not stop the release; the target then says why there is none.
 */
final class PreviousRevision {
    private final CodeDeployClient client;

    PreviousRevision(CodeDeployClient client) {
        this.client = client;
    }

    RollbackTarget find(String application, String group, S3Revision releasing) {
        String lastGood;
        try {
            DeploymentGroupInfo info = client.getDeploymentGroup(
                            r -> r.applicationName(application).deploymentGroupName(group))
                    .deploymentGroupInfo();
            LastDeploymentInfo last = info.lastSuccessfulDeployment();
            if (last == null || last.deploymentId() == null) {
                return RollbackTarget.none("no deployment has succeeded on " + group + " before this release,"
                        + " so there is no previous revision to go back to");
            }
            lastGood = last.deploymentId();
        } catch (SdkException e) {
            return RollbackTarget.none("the previous revision of " + group + " could not be read (GetDeploymentGroup: "
                    + e.getMessage() + ")");
        }
        return revisionOf(lastGood, group, releasing);
    }

    private RollbackTarget revisionOf(String deploymentId, String group, S3Revision releasing) {
        RevisionLocation location;
        try {
            location = client.getDeployment(r -> r.deploymentId(deploymentId))
                    .deploymentInfo()
                    .revision();
        } catch (SdkException e) {
            return RollbackTarget.none("the revision of " + deploymentId + ", the last deployment that succeeded on "
                    + group + ", could not be read (GetDeployment: " + e.getMessage() + ")");
        }
        S3Location s3 = location == null ? null : location.s3Location();
        if (s3 == null || s3.bucket() == null || s3.key() == null) {
            String kind = location == null ? "no revision" : location.revisionTypeAsString() + " revision";
            return RollbackTarget.none(deploymentId + ", the last deployment that succeeded on " + group + ", shows "
                    + kind + "; only S3 bundles can be deployed again");
        }
        String bundleType =
                s3.bundleTypeAsString() == null ? S3Revision.bundleTypeOf(s3.key()) : s3.bundleTypeAsString();
        S3Revision previous = new S3Revision(s3.bucket(), s3.key(), bundleType, s3.eTag(), s3.version());
        if (previous.equals(releasing)) {
            return RollbackTarget.none(deploymentId + ", the last deployment that succeeded on " + group
                    + ", already deployed this very revision; there is no older one to go back to");
        }
        return RollbackTarget.of(previous, deploymentId, group);
    }
}
