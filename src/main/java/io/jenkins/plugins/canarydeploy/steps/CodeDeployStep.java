package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
import io.jenkins.plugins.canarydeploy.deploy.ReadyPolicy;
import io.jenkins.plugins.canarydeploy.deploy.ResultGate;
import io.jenkins.plugins.canarydeploy.deploy.ResultGate.UnstablePolicy;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.GateRefusal;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code codeDeploy}: deploys a revision stored in S3 to a CodeDeploy deployment group and follows the deployment
 * to its end without holding a thread. Returns the outcome as a map (deploymentId, status, verdict, ...).
 */
public class CodeDeployStep extends AwsStep {
    static final int DEFAULT_TIMEOUT_MINUTES = 60;

    private final String application;
    private final String deploymentGroup;
    private String bucket = "";
    private String key = "";
    private String bundleType = "";
    private String etag = "";
    private String version = "";
    private String deploymentConfig = "";
    private String description = "";
    private int timeoutMinutes = DEFAULT_TIMEOUT_MINUTES;
    private String unstableBuilds = "auto";
    private boolean refuseOnFailedQualityGate;
    private String readyPolicy = "continue";
    private String fileExistsBehavior = "";
    private boolean ignoreApplicationStopFailures;
    private boolean updateOutdatedInstancesOnly;
    private String targetInstanceTags = "";
    private String targetAutoScalingGroups = "";
    private String autoRollback = "";
    private String autoRollbackEvents = "";
    private boolean alarmOverride;
    private boolean ignorePollAlarmFailure;
    private String alarms = "";

    @CheckForNull
    private S3RevisionArgument revisionArgument;

    @DataBoundConstructor
    public CodeDeployStep(String application, String deploymentGroup) {
        this.application = Texts.strip(application);
        this.deploymentGroup = Texts.strip(deploymentGroup);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new CodeDeployExecution(context, this);
    }

    /** The core request, after the same checks the form shows; fails naming every bad field. */
    DeploymentRequest toRequest(String defaultDescription) {
        S3Revision revision = S3RevisionArgument.either(revisionArgument, bucket, key, bundleType, etag, version);
        String text = Texts.trimToNull(description);
        DeploymentRequest request = new DeploymentRequest(
                application,
                deploymentGroup,
                revision,
                Texts.trimToNull(deploymentConfig),
                text == null ? defaultDescription : text);
        Problems problems = checkConnection(request.check());
        problems.add("revision", S3RevisionArgument.givenTwice(revisionArgument, bucket, key))
                .add("unstableBuilds", ResultGate.policy(unstableBuilds))
                .add("readyPolicy", ReadyPolicy.check(readyPolicy))
                .addAll(DeploymentOptionFields.check(this));
        if (timeoutMinutes < 1) {
            problems.add("timeoutMinutes", Optional.of("Give a timeout of at least 1 minute."));
        }
        problems.throwIfAny("codeDeploy");
        return request.withOptions(DeploymentOptionFields.of(this));
    }

    public String getApplication() {
        return application;
    }

    public String getDeploymentGroup() {
        return deploymentGroup;
    }

    public String getBucket() {
        return bucket;
    }

    @DataBoundSetter
    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public String getKey() {
        return key;
    }

    @DataBoundSetter
    public void setKey(String key) {
        this.key = key;
    }

    public String getBundleType() {
        return bundleType;
    }

    @DataBoundSetter
    public void setBundleType(String bundleType) {
        this.bundleType = bundleType;
    }

    public String getEtag() {
        return etag;
    }

    @DataBoundSetter
    public void setEtag(String etag) {
        this.etag = etag;
    }

    public String getVersion() {
        return version;
    }

    @DataBoundSetter
    public void setVersion(String version) {
        this.version = version;
    }

    /** The revision given in one argument, if it was; see {@link #setRevision}. */
    @CheckForNull
    public S3RevisionArgument getRevision() {
        return revisionArgument;
    }

    /**
     * The revision in one argument, e.g. {@code revision: pushed.revision}, instead of {@code bucket}, {@code key},
     * {@code bundleType}, {@code etag} and {@code version}.
     */
    @DataBoundSetter
    public void setRevision(@CheckForNull S3RevisionArgument revision) {
        this.revisionArgument = revision;
    }

    public String getDeploymentConfig() {
        return deploymentConfig;
    }

    @DataBoundSetter
    public void setDeploymentConfig(String deploymentConfig) {
        this.deploymentConfig = deploymentConfig;
    }

    public String getDescription() {
        return description;
    }

    @DataBoundSetter
    public void setDescription(String description) {
        this.description = description;
    }

    public int getTimeoutMinutes() {
        return timeoutMinutes;
    }

    @DataBoundSetter
    public void setTimeoutMinutes(int timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
    }

    public String getUnstableBuilds() {
        return unstableBuilds;
    }

    @DataBoundSetter
    public void setUnstableBuilds(String unstableBuilds) {
        this.unstableBuilds = Texts.isBlank(unstableBuilds) ? "auto" : unstableBuilds.strip();
    }

    public boolean isRefuseOnFailedQualityGate() {
        return refuseOnFailedQualityGate;
    }

    /** Refuse to deploy a build in which a quality gate failed, even one that marked only its stage. */
    @DataBoundSetter
    public void setRefuseOnFailedQualityGate(boolean refuseOnFailedQualityGate) {
        this.refuseOnFailedQualityGate = refuseOnFailedQualityGate;
    }

    public String getReadyPolicy() {
        return readyPolicy;
    }

    @DataBoundSetter
    public void setReadyPolicy(String value) {
        this.readyPolicy = Texts.isBlank(value) ? "continue" : value.strip();
    }

    public String getFileExistsBehavior() {
        return fileExistsBehavior;
    }

    @DataBoundSetter
    public void setFileExistsBehavior(String value) {
        this.fileExistsBehavior = Texts.strip(value);
    }

    public boolean isIgnoreApplicationStopFailures() {
        return ignoreApplicationStopFailures;
    }

    @DataBoundSetter
    public void setIgnoreApplicationStopFailures(boolean value) {
        this.ignoreApplicationStopFailures = value;
    }

    public boolean isUpdateOutdatedInstancesOnly() {
        return updateOutdatedInstancesOnly;
    }

    @DataBoundSetter
    public void setUpdateOutdatedInstancesOnly(boolean value) {
        this.updateOutdatedInstancesOnly = value;
    }

    public String getTargetInstanceTags() {
        return targetInstanceTags;
    }

    @DataBoundSetter
    public void setTargetInstanceTags(String value) {
        this.targetInstanceTags = Texts.strip(value);
    }

    public String getTargetAutoScalingGroups() {
        return targetAutoScalingGroups;
    }

    @DataBoundSetter
    public void setTargetAutoScalingGroups(String value) {
        this.targetAutoScalingGroups = Texts.strip(value);
    }

    public String getAutoRollback() {
        return autoRollback;
    }

    @DataBoundSetter
    public void setAutoRollback(String value) {
        this.autoRollback = Texts.strip(value);
    }

    public String getAutoRollbackEvents() {
        return autoRollbackEvents;
    }

    @DataBoundSetter
    public void setAutoRollbackEvents(String value) {
        this.autoRollbackEvents = Texts.strip(value);
    }

    public boolean isAlarmOverride() {
        return alarmOverride;
    }

    @DataBoundSetter
    public void setAlarmOverride(boolean value) {
        this.alarmOverride = value;
    }

    public boolean isIgnorePollAlarmFailure() {
        return ignorePollAlarmFailure;
    }

    @DataBoundSetter
    public void setIgnorePollAlarmFailure(boolean value) {
        this.ignorePollAlarmFailure = value;
    }

    public String getAlarms() {
        return alarms;
    }

    @DataBoundSetter
    public void setAlarms(String value) {
        this.alarms = Texts.strip(value);
    }

    ReadyPolicy readyPolicyValue() {
        return ReadyPolicy.fromText(readyPolicy).orElse(ReadyPolicy.CONTINUE);
    }

    /** The reason why the build so far must not deploy, if any. */
    Optional<String> refusal(@CheckForNull Result result) {
        UnstablePolicy policy = UnstablePolicy.fromText(unstableBuilds).orElse(UnstablePolicy.AUTO);
        return ResultGate.refusal(result == null ? null : result.toString(), policy, deploymentGroup);
    }

    /** The reason not to deploy because a quality gate of the build failed, when asked to refuse then. */
    Optional<String> qualityRefusal(List<GateOutcomes> recorded) {
        return refuseOnFailedQualityGate ? GateRefusal.refusal(recorded, deploymentGroup) : Optional.empty();
    }

    /** Describes the step to Pipeline and to the configuration form. */
    @Extension
    @Symbol("codeDeploy")
    public static class DescriptorImpl extends DeploymentTargetDescriptor {
        @Override
        public String getFunctionName() {
            return "codeDeploy";
        }

        @Override
        public String getDisplayName() {
            return "Deploy a revision with AWS CodeDeploy";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
