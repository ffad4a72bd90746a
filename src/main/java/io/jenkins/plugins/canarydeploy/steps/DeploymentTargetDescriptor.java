package io.jenkins.plugins.canarydeploy.steps;

import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** Form validation of what a deployment deploys and where: application, group, revision and configuration. */
public abstract class DeploymentTargetDescriptor extends DeploymentOptionsDescriptor {
    @POST
    public FormValidation doCheckApplication(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, DeploymentRequest::application);
    }

    @POST
    public FormValidation doCheckDeploymentGroup(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, DeploymentRequest::deploymentGroup);
    }

    @POST
    public FormValidation doCheckBucket(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, S3Revision::bucket);
    }

    @POST
    public FormValidation doCheckKey(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, S3Revision::key);
    }

    @POST
    public FormValidation doCheckBundleType(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, S3Revision::bundleType);
    }

    @POST
    public FormValidation doCheckDeploymentConfig(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, DeploymentRequest::deploymentConfig);
    }
}
