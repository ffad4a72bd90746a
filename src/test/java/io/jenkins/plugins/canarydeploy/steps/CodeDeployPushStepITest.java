package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.tasks.Shell;
import io.jenkins.plugins.canarydeploy.actions.PushedRevisionAction;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3Fixture;
import io.jenkins.plugins.canarydeploy.fixtures.s3.S3ProxyExtension;
import io.jenkins.plugins.canarydeploy.fixtures.s3.StoredObject;
import io.jenkins.plugins.canarydeploy.freestyle.CodeDeployPushBuilder;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** codeDeployPush and its freestyle build step in a running Jenkins, pushing to an embedded S3. */
@WithJenkins
class CodeDeployPushStepITest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.withVersionedBucket();

    private static final String APPSPEC = "version: 0.0\\nos: linux\\nhooks:\\n  ApplicationStart:\\n"
            + "    - location: start.sh\\n      timeout: 60\\n";

    private S3Fixture s3;

    @BeforeEach
    void addCredentials(S3Fixture fixture) {
        s3 = fixture;
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new AWSCredentialsImpl(
                        CredentialsScope.GLOBAL, "aws-deploy", s3.accessKeyId(), s3.secretAccessKey(), "S3 test"));
    }

    @Test
    void shouldPushTheWorkspaceAndReturnTheRevision(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "canary-demo");
        job.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  writeFile file: 'appspec.yml', text: '" + APPSPEC + "'\n"
                        + "  writeFile file: 'start.sh', text: '#!/bin/sh\\necho started\\n'\n"
                        + "  sh 'chmod +x start.sh'\n"
                        + "  def rev = " + push("prefix: 'bucketlist'") + "\n"
                        + "  echo \"pushed ${rev.key} ${rev.sha256} files=${rev.fileCount}\"\n"
                        + "}",
                true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        PushedRevisionAction action = run.getAction(PushedRevisionAction.class);
        assertThat(action).isNotNull();
        String key = action.getRevision().revision().key();
        assertThat(key).startsWith("bucketlist/canary-demo/1-").endsWith(".zip");
        StoredObject stored = s3.readObject(key);
        assertThat(stored.sha256Hex()).isEqualTo(action.getRevision().sha256());
        j.assertLogContains("pushed " + key + " " + stored.sha256Hex() + " files=2", run);
        j.assertLogNotContains(s3.secretAccessKey(), run);
    }

    @Test
    void shouldStopBeforeUploadingWhenTheAppSpecIsMissing(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(
                new CpsFlowDefinition("node { writeFile file: 'index.html', text: 'hi'\n " + push("") + " }", true));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("appspec.yml", run);
        assertThat(s3.listObjects()).isEmpty();
        assertThat(s3.openMultipartUploads()).isEmpty();
    }

    @Test
    void shouldPushFromAFreestyleJobWithTheSameSettings(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("freestyle-demo");
        project.getBuildersList()
                .add(new Shell("printf '" + APPSPEC + "' > appspec.yml\n"
                        + "printf '#!/bin/sh\\n' > start.sh && chmod +x start.sh"));
        project.getBuildersList().add(new CodeDeployPushBuilder(settings()));

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        PushedRevisionAction action = build.getAction(PushedRevisionAction.class);
        assertThat(s3.readObject(action.getRevision().revision().key()).sha256Hex())
                .isEqualTo(action.getRevision().sha256());
    }

    @Test
    void shouldKeepEveryFieldThroughTheConfigurationForms(JenkinsRule j) throws Exception {
        CodeDeployPushStep step = settings();
        step.setPrefix("bucketlist");
        step.setKeyTemplate("${prefix}/${build}${ext}");
        step.setSource("deploy");
        step.setIncludes("app/**, appspec.yml");
        step.setExcludes("**/*.pyc");
        step.setDefaultExcludes(false);
        step.setFormat("tgz");
        step.setContentAddressed(true);
        step.setEncryption("aws:kms");
        step.setKmsKeyId("alias/deploy-bundles");
        step.setSkipAppSpecCheck(true);
        step.setComputePlatform("ECS");
        step.setApplication("BucketList");

        j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));

        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new CodeDeployPushBuilder(step));
        j.configRoundtrip(project);
        j.assertEqualDataBoundBeans(
                step, project.getBuildersList().get(CodeDeployPushBuilder.class).getPush());
    }

    private CodeDeployPushStep settings() {
        CodeDeployPushStep step = new CodeDeployPushStep(s3.bucket());
        step.setRegion(s3.region().id());
        step.setEndpoint(s3.endpoint().toString());
        step.setCredentialsId("aws-deploy");
        return step;
    }

    private String push(String extra) {
        return "codeDeployPush(bucket: '" + s3.bucket() + "', region: '"
                + s3.region().id() + "', endpoint: '" + s3.endpoint() + "', credentialsId: 'aws-deploy'"
                + (extra.isEmpty() ? "" : ", " + extra) + ")";
    }
}
