package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
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
 * {@code watchCanary}: watches the canary's alert sources through a bake window. A firing alert marks the stage and
 * the build UNSTABLE (or, with {@code failOnAlert}, ends the step with an error); returns the verdict with the alerts
 * that fired. No thread waits, the watch survives a controller restart, and aborting the build ends it.
 */
public final class CanaryWatchStep extends CanaryWatchFields {
    private String application = "";
    private String deploymentGroup = "";

    @DataBoundConstructor
    public CanaryWatchStep(@CheckForNull List<CanarySource> sources) {
        super(sources);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        try {
            return new CanaryWatchExecution(context, this);
        } catch (InvalidSettingsException e) {
            throw new AbortException(e.getMessage()); // names every bad field; a stack trace would add nothing
        }
    }

    /** The checked watch; fails naming every bad field. */
    WatchSpec spec() {
        Problems problems = checkConnection(checkWatch());
        boolean groupGiven = !application.isEmpty() || !deploymentGroup.isEmpty();
        if (groupGiven) {
            problems.add("application", DeploymentRequest.application(application))
                    .add("deploymentGroup", DeploymentRequest.deploymentGroup(deploymentGroup));
        }
        problems.throwIfAny("watchCanary");
        return new WatchSpec(this, Texts.trimToNull(application), Texts.trimToNull(deploymentGroup));
    }

    public String getApplication() {
        return application;
    }

    /** The CodeDeploy application of the canary group, for the group's own alarms; optional. */
    @DataBoundSetter
    public void setApplication(@CheckForNull String application) {
        this.application = Texts.strip(application);
    }

    public String getDeploymentGroup() {
        return deploymentGroup;
    }

    @DataBoundSetter
    public void setDeploymentGroup(@CheckForNull String deploymentGroup) {
        this.deploymentGroup = Texts.strip(deploymentGroup);
    }

    /** Describes the step to Pipeline and to the configuration form. */
    @Extension
    @Symbol("watchCanary")
    public static final class DescriptorImpl extends CanaryWatchDescriptor {
        @Override
        public String getFunctionName() {
            return "watchCanary";
        }

        @Override
        public String getDisplayName() {
            return "Watch the canary's alerts and mark the build UNSTABLE when one fires";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @POST
        public FormValidation doCheckApplication(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(
                            item, value, v -> Texts.isBlank(v) ? Optional.empty() : DeploymentRequest.application(v));
        }

        @POST
        public FormValidation doCheckDeploymentGroup(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(
                            item,
                            value,
                            v -> Texts.isBlank(v) ? Optional.empty() : DeploymentRequest.deploymentGroup(v));
        }
    }
}
