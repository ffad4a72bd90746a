package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.actions.PushedRevisionAction;
import io.jenkins.plugins.canarydeploy.canary.release.NoDataAction;
import io.jenkins.plugins.canarydeploy.canary.release.RollbackPolicy;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
import io.jenkins.plugins.canarydeploy.deploy.ReadyPolicy;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.steps.sources.CanarySource;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code canaryRelease}: the whole flow in one step. Takes a revision (by default the one pushed earlier in the
 * build), deploys it to the canary group, watches the canary, and on PASS deploys the very same revision to the
 * production group. On FAIL it marks the stage and the build UNSTABLE, does not promote, and rolls the canary back.
 */
public final class CanaryReleaseStep extends CanaryWatchFields {
    private final String application;
    private final String canaryGroup;
    private final String productionGroup;

    @CheckForNull
    private S3RevisionArgument revision;

    private String description = "";
    private int timeoutMinutes = 60;
    private String readyPolicy = "continue";
    private String rollback = "redeploy";
    private String onNoData = "roll_back";

    @DataBoundConstructor
    public CanaryReleaseStep(
            String application, String canaryGroup, String productionGroup, @CheckForNull List<CanarySource> sources) {
        super(sources);
        this.application = Texts.strip(application);
        this.canaryGroup = Texts.strip(canaryGroup);
        this.productionGroup = Texts.strip(productionGroup);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        try {
            return new CanaryReleaseExecution(context, this);
        } catch (InvalidSettingsException e) {
            throw new AbortException(e.getMessage()); // names every bad field; a stack trace would add nothing
        }
    }

    /** The checked release; fails naming every bad field. */
    ReleaseSpec spec() {
        Problems problems = checkConnection(checkWatch())
                .add("application", DeploymentRequest.application(application))
                .add("canaryGroup", DeploymentRequest.deploymentGroup(canaryGroup))
                .add("productionGroup", DeploymentRequest.deploymentGroup(productionGroup))
                .add("readyPolicy", ReadyPolicy.check(readyPolicy))
                .add("rollback", RollbackPolicy.check(rollback))
                .add("onNoData", NoDataAction.check(onNoData));
        if (!canaryGroup.isEmpty() && canaryGroup.equals(productionGroup)) {
            problems.add("productionGroup", Optional.of("The production group must differ from the canary group."));
        }
        if (timeoutMinutes < 1) {
            problems.add("timeoutMinutes", Optional.of("Give a timeout of at least 1 minute."));
        }
        problems.throwIfAny("canaryRelease");
        return new ReleaseSpec(this, new WatchSpec(this, application, canaryGroup));
    }

    /** The revision to release: the one given, else the last one pushed earlier in this build. */
    S3Revision revisionFor(Run<?, ?> run) throws AbortException {
        if (revision != null) {
            return revision.toRevision();
        }
        List<PushedRevisionAction> pushed = run.getActions(PushedRevisionAction.class);
        if (pushed.isEmpty()) {
            throw new AbortException("'revision': give the revision to release (revision: pushed.revision), or push"
                    + " one earlier in this build with codeDeployPush.");
        }
        return pushed.get(pushed.size() - 1).getRevision().revision();
    }

    public String getApplication() {
        return application;
    }

    public String getCanaryGroup() {
        return canaryGroup;
    }

    public String getProductionGroup() {
        return productionGroup;
    }

    @CheckForNull
    public S3RevisionArgument getRevision() {
        return revision;
    }

    @DataBoundSetter
    public void setRevision(@CheckForNull S3RevisionArgument revision) {
        this.revision = revision;
    }

    public String getDescription() {
        return description;
    }

    @DataBoundSetter
    public void setDescription(@CheckForNull String description) {
        this.description = Texts.strip(description);
    }

    public int getTimeoutMinutes() {
        return timeoutMinutes;
    }

    @DataBoundSetter
    public void setTimeoutMinutes(int timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
    }

    public String getReadyPolicy() {
        return readyPolicy;
    }

    @DataBoundSetter
    public void setReadyPolicy(@CheckForNull String readyPolicy) {
        this.readyPolicy = Texts.isBlank(readyPolicy) ? "continue" : Texts.strip(readyPolicy);
    }

    public String getRollback() {
        return rollback;
    }

    @DataBoundSetter
    public void setRollback(@CheckForNull String rollback) {
        this.rollback = Texts.isBlank(rollback) ? "redeploy" : Texts.strip(rollback);
    }

    public String getOnNoData() {
        return onNoData;
    }

    @DataBoundSetter
    public void setOnNoData(@CheckForNull String onNoData) {
        this.onNoData = Texts.isBlank(onNoData) ? "roll_back" : Texts.strip(onNoData);
    }

    /** Describes the step to Pipeline and to the configuration form. */
    @Extension
    @Symbol("canaryRelease")
    public static final class DescriptorImpl extends CanaryWatchDescriptor {
        @Override
        public String getFunctionName() {
            return "canaryRelease";
        }

        @Override
        public String getDisplayName() {
            return "Release through a canary: deploy, watch, then promote or roll back";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @POST
        public FormValidation doCheckApplication(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, DeploymentRequest::application);
        }

        @POST
        public FormValidation doCheckCanaryGroup(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, DeploymentRequest::deploymentGroup);
        }

        @POST
        public FormValidation doCheckProductionGroup(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, DeploymentRequest::deploymentGroup);
        }

        @POST
        public ListBoxModel doFillReadyPolicyItems(@AncestorInPath Item item) {
            return choices(item, "Reroute traffic at once", "continue", "Ask on the build page", "wait");
        }

        @POST
        public ListBoxModel doFillRollbackItems(@AncestorInPath Item item) {
            return choices(
                    item, "Redeploy the canary's previous revision", "redeploy", "Leave the canary as it is", "none");
        }

        @POST
        public ListBoxModel doFillOnNoDataItems(@AncestorInPath Item item) {
            return choices(
                    item,
                    "Treat it as failed: roll back",
                    "roll_back",
                    "Treat it as passed: promote",
                    "promote",
                    "Ask on the build page",
                    "ask");
        }
    }
}
