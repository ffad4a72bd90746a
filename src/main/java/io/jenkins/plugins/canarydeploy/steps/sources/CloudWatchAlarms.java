package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Extension;
import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.canary.CanaryAlarms;
import io.jenkins.plugins.canarydeploy.canary.GroupAlarmReader;
import io.jenkins.plugins.canarydeploy.canary.GroupAlarms;
import io.jenkins.plugins.canarydeploy.deploy.NameLists;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;
import java.util.Optional;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code cloudWatchAlarms}: CloudWatch alarms of the canary, by default those configured on the canary deployment
 * group itself, plus any named ones and those whose names start with a prefix. ALARM fires; INSUFFICIENT_DATA is
 * no data.
 */
public final class CloudWatchAlarms extends CanarySource {
    private static final long serialVersionUID = 1L;

    private boolean groupAlarms = true;
    private String alarms = "";
    private String prefix = "";

    @DataBoundConstructor
    public CloudWatchAlarms() {}

    @Override
    public Problems check() {
        Problems problems = new Problems();
        if (!groupAlarms && NameLists.split(alarms).isEmpty() && prefix.isEmpty()) {
            problems.add(
                    CanaryAlarms.FIELD,
                    Optional.of("Watch the deployment group's own alarms, name alarms, or give an alarm name prefix."));
        }
        return problems;
    }

    @Override
    public AlertSource open(SourceContext context, @CheckForNull Serializable saved) throws AbortException {
        check().throwIfAny("cloudWatchAlarms");
        GroupAlarms group = null;
        if (groupAlarms) {
            String application = context.application();
            String deploymentGroup = context.deploymentGroup();
            if (application == null || deploymentGroup == null) {
                throw new AbortException("'groupAlarms': the watch does not know the canary deployment group; give"
                        + " the step application and deploymentGroup, or set groupAlarms: false and name the alarms.");
            }
            group = new GroupAlarmReader(context.codeDeploy()).read(application, deploymentGroup);
        }
        CanaryAlarms watched = CanaryAlarms.of(group, NameLists.split(alarms), Texts.trimToNull(prefix));
        return watched.source(context.cloudWatch());
    }

    public boolean isGroupAlarms() {
        return groupAlarms;
    }

    @DataBoundSetter
    public void setGroupAlarms(boolean groupAlarms) {
        this.groupAlarms = groupAlarms;
    }

    public String getAlarms() {
        return alarms;
    }

    @DataBoundSetter
    public void setAlarms(@CheckForNull String alarms) {
        this.alarms = Texts.strip(alarms);
    }

    public String getPrefix() {
        return prefix;
    }

    @DataBoundSetter
    public void setPrefix(@CheckForNull String prefix) {
        this.prefix = Texts.strip(prefix);
    }

    @Extension
    @Symbol("cloudWatchAlarms")
    public static final class DescriptorImpl extends CanarySourceDescriptor {
        @Override
        public String getDisplayName() {
            return "CloudWatch alarms";
        }
    }
}
