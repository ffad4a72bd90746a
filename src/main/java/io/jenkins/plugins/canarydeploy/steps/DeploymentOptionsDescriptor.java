package io.jenkins.plugins.canarydeploy.steps;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.deploy.AlarmOverride;
import io.jenkins.plugins.canarydeploy.deploy.AutoRollback;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOptions;
import io.jenkins.plugins.canarydeploy.deploy.ReplacementInstances;
import io.jenkins.plugins.canarydeploy.deploy.ResultGate;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** Form validation and choices of the deployment option fields, for the descriptor of a step that deploys. */
public abstract class DeploymentOptionsDescriptor extends AwsStep.AwsStepDescriptor {
    @POST
    public FormValidation doCheckFileExistsBehavior(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, DeploymentOptions::fileExistsBehavior);
    }

    @POST
    public FormValidation doCheckAutoRollback(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, DeploymentOptionFields::autoRollback);
    }

    @POST
    public FormValidation doCheckAutoRollbackEvents(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, AutoRollback::events);
    }

    @POST
    public FormValidation doCheckAlarms(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, AlarmOverride::alarms);
    }

    @POST
    public FormValidation doCheckTargetInstanceTags(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, ReplacementInstances::tags);
    }

    @POST
    public FormValidation doCheckTargetAutoScalingGroups(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, ReplacementInstances::autoScalingGroups);
    }

    @POST
    public ListBoxModel doFillReadyPolicyItems(@AncestorInPath Item item) {
        return choices(item, "continue at once", "continue", "wait until continued in CodeDeploy", "wait");
    }

    @POST
    public ListBoxModel doFillUnstableBuildsItems(@AncestorInPath Item item) {
        return choices(item, "refuse unless the group is a canary", "auto", "refuse", "refuse", "deploy", "deploy");
    }

    @POST
    public FormValidation doCheckUnstableBuilds(@AncestorInPath Item item, @QueryParameter String value) {
        return forms().check(item, value, ResultGate::policy);
    }
}
