package io.jenkins.plugins.canarydeploy.steps;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.bundle.BundleFormat;
import io.jenkins.plugins.canarydeploy.bundle.BundleSpec;
import io.jenkins.plugins.canarydeploy.bundle.ComputePlatform;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
import io.jenkins.plugins.canarydeploy.push.BundleOptions;
import io.jenkins.plugins.canarydeploy.push.PushRequest;
import io.jenkins.plugins.canarydeploy.push.TargetOptions;
import io.jenkins.plugins.canarydeploy.s3.KeyTemplate;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
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
 * {@code codeDeployPush}: bundles the workspace on the agent and pushes it to S3, verified. The settings of the
 * push, shared by the Pipeline step and the freestyle build step ({@code CodeDeployPushBuilder} holds one).
 * Returns the pushed revision as a map for {@code codeDeploy}.
 */
public class CodeDeployPushStep extends AwsStep {
    private final String bucket;
    private String prefix = "";
    private String keyTemplate = "";
    private String source = "";
    private String includes = "";
    private String excludes = "";
    private boolean defaultExcludes = true;
    private String format = "zip";
    private boolean contentAddressed;
    private String encryption = "";
    private String kmsKeyId = "";
    private boolean skipAppSpecCheck;
    private String computePlatform = "Server";
    private String application = "";

    @DataBoundConstructor
    public CodeDeployPushStep(String bucket) {
        this.bucket = Texts.strip(bucket);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new CodeDeployPushExecution(context, this);
    }

    /** The core request, after the same checks the form shows; fails naming every bad field. */
    PushRequest toRequest(String job, String build) {
        Problems problems = BundleOptions.check(source, includes, excludes, format, computePlatform)
                .addAll(TargetOptions.check(bucket, keyTemplate, encryption, kmsKeyId));
        problems.add(
                "application", application.isEmpty() ? Optional.empty() : DeploymentRequest.application(application));
        checkConnection(problems).throwIfAny("codeDeployPush");
        BundleOptions bundle = new BundleOptions(
                source,
                includes,
                excludes,
                defaultExcludes,
                BundleFormat.fromText(format).orElseThrow(),
                ComputePlatform.fromText(computePlatform).orElseThrow(),
                !skipAppSpecCheck);
        TargetOptions target = new TargetOptions(bucket, prefix, keyTemplate, contentAddressed, encryption, kmsKeyId);
        return new PushRequest(bundle, target, job, build);
    }

    public String getBucket() {
        return bucket;
    }

    public String getPrefix() {
        return prefix;
    }

    @DataBoundSetter
    public void setPrefix(String prefix) {
        this.prefix = Texts.strip(prefix);
    }

    public String getKeyTemplate() {
        return keyTemplate;
    }

    @DataBoundSetter
    public void setKeyTemplate(String keyTemplate) {
        this.keyTemplate = Texts.strip(keyTemplate);
    }

    public String getSource() {
        return source;
    }

    @DataBoundSetter
    public void setSource(String source) {
        this.source = Texts.strip(source);
    }

    public String getIncludes() {
        return includes;
    }

    @DataBoundSetter
    public void setIncludes(String includes) {
        this.includes = Texts.strip(includes);
    }

    public String getExcludes() {
        return excludes;
    }

    @DataBoundSetter
    public void setExcludes(String excludes) {
        this.excludes = Texts.strip(excludes);
    }

    public boolean isDefaultExcludes() {
        return defaultExcludes;
    }

    @DataBoundSetter
    public void setDefaultExcludes(boolean defaultExcludes) {
        this.defaultExcludes = defaultExcludes;
    }

    public String getFormat() {
        return format;
    }

    @DataBoundSetter
    public void setFormat(String format) {
        this.format = Texts.isBlank(format) ? "zip" : format.strip();
    }

    public boolean isContentAddressed() {
        return contentAddressed;
    }

    @DataBoundSetter
    public void setContentAddressed(boolean contentAddressed) {
        this.contentAddressed = contentAddressed;
    }

    public String getEncryption() {
        return encryption;
    }

    @DataBoundSetter
    public void setEncryption(String encryption) {
        this.encryption = Texts.strip(encryption);
    }

    public String getKmsKeyId() {
        return kmsKeyId;
    }

    @DataBoundSetter
    public void setKmsKeyId(String kmsKeyId) {
        this.kmsKeyId = Texts.strip(kmsKeyId);
    }

    public boolean isSkipAppSpecCheck() {
        return skipAppSpecCheck;
    }

    @DataBoundSetter
    public void setSkipAppSpecCheck(boolean skipAppSpecCheck) {
        this.skipAppSpecCheck = skipAppSpecCheck;
    }

    public String getComputePlatform() {
        return computePlatform;
    }

    @DataBoundSetter
    public void setComputePlatform(String computePlatform) {
        this.computePlatform = Texts.isBlank(computePlatform) ? "Server" : computePlatform.strip();
    }

    public String getApplication() {
        return application;
    }

    @DataBoundSetter
    public void setApplication(String application) {
        this.application = Texts.strip(application);
    }

    /** Describes the step to Pipeline and to the configuration forms. */
    @Extension
    @Symbol("codeDeployPush")
    public static class DescriptorImpl extends AwsStepDescriptor {
        @Override
        public String getFunctionName() {
            return "codeDeployPush";
        }

        @Override
        public String getDisplayName() {
            return "Bundle the workspace and push it to S3 for CodeDeploy";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class);
        }

        @POST
        public FormValidation doCheckBucket(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, S3Revision::bucket);
        }

        @POST
        public FormValidation doCheckSource(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, BundleSpec::source);
        }

        @POST
        public FormValidation doCheckIncludes(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, BundleSpec::includes);
        }

        @POST
        public FormValidation doCheckExcludes(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, BundleSpec::excludes);
        }

        @POST
        public FormValidation doCheckKeyTemplate(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, KeyTemplate::check);
        }

        @POST
        public FormValidation doCheckApplication(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(
                            item, value, v -> Texts.isBlank(v) ? Optional.empty() : DeploymentRequest.application(v));
        }

        @POST
        public ListBoxModel doFillFormatItems(@AncestorInPath Item item) {
            return choices(item, "zip", "zip", "tar.gz", "tgz", "tar", "tar");
        }

        @POST
        public ListBoxModel doFillEncryptionItems(@AncestorInPath Item item) {
            return choices(item, "bucket default", "", "SSE-S3 (AES256)", "AES256", "SSE-KMS", "aws:kms");
        }

        @POST
        public ListBoxModel doFillComputePlatformItems(@AncestorInPath Item item) {
            return choices(item, "EC2/on-premises", "Server", "Lambda", "Lambda", "ECS", "ECS");
        }
    }
}
