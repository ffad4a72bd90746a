package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.fasterxml.jackson.databind.JsonNode;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import io.jenkins.plugins.canarydeploy.actions.ApprovalAction;
import io.jenkins.plugins.canarydeploy.actions.DeploymentAction;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.freestyle.CodeDeployBuilder;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.graphanalysis.NodeStepTypePredicate;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import software.amazon.awssdk.services.codedeploy.model.ErrorCode;

/** The codeDeploy step in a running Jenkins, against the CodeDeploy simulator playing in real time. */
@WithJenkins
class CodeDeployStepITest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private AwsSimulator aws;

    @BeforeEach
    void startSimulator() {
        aws = AwsSimulator.start();
        aws.codeDeploy().group("BucketList", "Canary").targets("i-canary1");
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new AWSCredentialsImpl(
                        CredentialsScope.GLOBAL, "aws-deploy", "AKIAIOSFODNN7EXAMPLE", SECRET, "deploy role"));
    }

    @AfterEach
    void stopSimulator() {
        aws.close();
    }

    @Test
    void shouldDeployAndReturnTheOutcome(JenkinsRule j) throws Exception {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofSeconds(3));
        WorkflowJob job = pipeline(j, "def d = " + deploy() + "\necho \"result: ${d.deploymentId} ${d.verdict}\"");

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("Created deployment d-", run);
        j.assertLogContains("result: d-", run);
        j.assertLogContains(" SUCCEEDED", run);
        j.assertLogNotContains(SECRET, run);
        DeploymentAction panel = run.getAction(DeploymentAction.class);
        assertThat(panel.getDeploymentGroup()).isEqualTo("Canary");
        assertThat(panel.getStatus()).isEqualTo("Succeeded");
        assertThat(panel.getConsoleUrl()).contains("us-east-1.console.aws.amazon.com");
        RecordedRequest create = aws.requests("CreateDeployment").get(0);
        assertThat(create.body().path("revision").path("s3Location").path("key").asText())
                .isEqualTo("bucketlist/build-7.zip");
        assertThat(create.body().path("description").asText()).isEqualTo(run.getFullDisplayName());
    }

    @Test
    void shouldFailTheBuildWithTheReasonWhenTheDeploymentFails(JenkinsRule j) throws Exception {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .nextDeployment()
                .failAt(Duration.ofSeconds(3), ErrorCode.HEALTH_CONSTRAINTS, "too many instances failed");
        WorkflowJob job = pipeline(j, deploy());

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("Failed (HEALTH_CONSTRAINTS: too many instances failed)", run);
    }

    @Test
    void shouldMarkTheStageAndTheBuildUnstableWhenAnAlarmStopsTheDeployment(JenkinsRule j) throws Exception {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .alarms("HighCPU")
                .nextDeployment()
                .alarmStopAt(Duration.ofSeconds(3), List.of("HighCPU"), "d-ROLLBACK1");
        WorkflowJob job = pipeline(j, "stage('Canary') { def d = " + deploy() + "\n echo \"verdict ${d.verdict}\" }");

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("verdict STOPPED_BY_ALARM", run);
        j.assertLogContains("rollback deployment d-ROLLBACK1", run);
        FlowNode step =
                new DepthFirstScanner().findFirstMatch(run.getExecution(), new NodeStepTypePredicate("codeDeploy"));
        WarningAction warning = step.getPersistentAction(WarningAction.class);
        assertThat(warning).isNotNull();
        assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(warning.getMessage()).contains("ALARM_ACTIVE");
    }

    @Test
    void shouldRefuseToDeployAnUnstableBuildToProduction(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j,
                "currentBuild.result = 'UNSTABLE'\n"
                        + deploy().replace("deploymentGroup: 'Canary'", "deploymentGroup: 'ProdDeploy'"));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("Not deploying to ProdDeploy: the build is UNSTABLE so far", run);
        assertThat(aws.requests("CreateDeployment")).isEmpty();
    }

    @Test
    void shouldDeployFromAFreestyleJobWithTheSameSettings(JenkinsRule j) throws Exception {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .alarms("HighCPU")
                .nextDeployment()
                .alarmStopAt(Duration.ofSeconds(3), List.of("HighCPU"), "d-ROLLBACK2");
        CodeDeployStep step = new CodeDeployStep("BucketList", "Canary");
        step.setBucket("milestone3shraddha");
        step.setKey("bucketlist/build-7.zip");
        step.setRegion("us-east-1");
        step.setEndpoint(aws.endpoint().toString());
        step.setCredentialsId("aws-deploy");
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new CodeDeployBuilder(step));

        FreeStyleBuild build = j.buildAndAssertStatus(Result.UNSTABLE, project);

        j.assertLogContains("rollback deployment d-ROLLBACK2", build);
        j.configRoundtrip(project);
        j.assertEqualDataBoundBeans(
                step, project.getBuildersList().get(CodeDeployBuilder.class).getDeploy());
    }

    @Test
    void shouldStopTheDeploymentWhenTheBuildIsAborted(JenkinsRule j) throws Exception {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(10));
        WorkflowJob job = pipeline(j, deploy());
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        j.waitForMessage("Created deployment", run);

        run.doStop();

        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(run));
        j.assertLogContains("stopping deployment", run);
        RecordedRequest stop = aws.requests("StopDeployment").get(0);
        assertThat(stop.body().path("autoRollbackEnabled").asBoolean()).isTrue();
    }

    @Test
    void shouldNameEveryBadFieldInTheBuildLog(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j,
                "codeDeploy application: '', deploymentGroup: 'Canary', bucket: 'Bad_Bucket',"
                        + " key: 'k.zip', region: 'Frankfurt'");

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("'application': The application is required", run);
        j.assertLogContains("'bucket': 'Bad_Bucket' is not a valid S3 bucket name", run);
        j.assertLogContains("'region': 'Frankfurt' is not an AWS region name", run);
        assertThat(aws.requests("CreateDeployment")).isEmpty();
    }

    @Test
    void shouldKeepEveryFieldThroughTheConfigurationForm(JenkinsRule j) throws Exception {
        CodeDeployStep step = new CodeDeployStep("BucketList", "ProdDeploy");
        step.setBucket("milestone3shraddha");
        step.setKey("bucketlist/build-7.tgz");
        step.setBundleType("tgz");
        step.setEtag("9b2cf535f27731c974343645a3985328");
        step.setVersion("v3");
        step.setDeploymentConfig("CodeDeployDefault.HalfAtATime");
        step.setDescription("release 7");
        step.setRegion("eu-west-1");
        step.setEndpoint("https://codedeploy.eu-west-1.amazonaws.com");
        step.setCredentialsId("aws-deploy");
        step.setTimeoutMinutes(45);
        step.setUnstableBuilds("deploy");
        step.setReadyPolicy("wait");
        step.setFileExistsBehavior("RETAIN");
        step.setIgnoreApplicationStopFailures(true);
        step.setUpdateOutdatedInstancesOnly(true);
        step.setTargetInstanceTags("Env=green");
        step.setTargetAutoScalingGroups("bucketlist-green");
        step.setAutoRollback("enabled");
        step.setAutoRollbackEvents("DEPLOYMENT_FAILURE");
        step.setAlarmOverride(true);
        step.setAlarms("HighCPU, HighMemory");
        step.setIgnorePollAlarmFailure(true);

        j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));
    }

    @Test
    void shouldRoundTripThroughTheSnippetGenerator(JenkinsRule j) throws Exception {
        CodeDeployStep step = new CodeDeployStep("BucketList", "Canary");
        step.setBucket("milestone3shraddha");
        step.setKey("bucketlist/build-7.zip");
        step.setRegion("us-east-1");
        step.setTimeoutMinutes(30);

        new SnippetizerTester(j)
                .assertRoundTrip(
                        step,
                        "codeDeploy application: 'BucketList', bucket: "
                                + "'milestone3shraddha', deploymentGroup: 'Canary', key: 'bucketlist/build-7.zip', region: "
                                + "'us-east-1', timeoutMinutes: 30");
    }

    @Test
    void shouldRerouteTrafficOnceSomeoneApprovesOnTheBuildPage(JenkinsRule j) throws Exception {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .blueGreen()
                .nextDeployment()
                .readyAt(Duration.ofSeconds(2))
                .afterContinue()
                .succeedsAt(Duration.ofSeconds(2));
        WorkflowJob job = pipeline(j, deploy().replace("region:", "readyPolicy: 'wait', region:"));

        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        ApprovalAction approval = awaitApproval(run);
        assertThat(approval.getQuestion()).contains("is Ready: reroute traffic to the new targets?");
        assertThat(aws.requests("ContinueDeployment")).as("nobody approved yet").isEmpty();
        JenkinsRule.WebClient web = j.createWebClient();
        WebRequest answer =
                new WebRequest(new URL(j.getURL(), run.getUrl() + approval.getUrlName() + "/decide"), HttpMethod.POST);
        answer.setRequestParameters(List.of(new NameValuePair("choice", ReadyApproval.REROUTE)));
        web.addCrumb(answer);
        web.getPage(answer);

        j.assertBuildStatusSuccess(j.waitForCompletion(run));
        j.assertLogContains("rerouting traffic to the new targets (approved)", run);
        assertThat(aws.requests("ContinueDeployment")).hasSize(1);
        assertThat(approval.getDecidedBy()).as("no security realm: anonymous").isEqualTo("anonymous");
        assertThat(approval.isPending()).isFalse();
    }

    @Test
    void shouldRefuseAnAnswerWithoutThePermissionToBuild(JenkinsRule j) throws Exception {
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("viewer"));
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .blueGreen()
                .nextDeployment()
                .readyAt(Duration.ofSeconds(2))
                .afterContinue()
                .succeedsAt(Duration.ofSeconds(2));
        WorkflowJob job = pipeline(j, deploy().replace("region:", "readyPolicy: 'wait', timeoutMinutes: 1, region:"));
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        ApprovalAction approval = awaitApproval(run);
        JenkinsRule.WebClient web = j.createWebClient().login("viewer");
        web.setThrowExceptionOnFailingStatusCode(false);
        WebRequest answer =
                new WebRequest(new URL(j.getURL(), run.getUrl() + approval.getUrlName() + "/decide"), HttpMethod.POST);
        answer.setRequestParameters(List.of(new NameValuePair("choice", ReadyApproval.REROUTE)));
        web.addCrumb(answer);

        assertThat(web.getPage(answer).getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(approval.isPending()).isTrue();
        run.doStop();
        j.waitForCompletion(run);
        assertThat(aws.requests("ContinueDeployment")).isEmpty();
    }

    @Test
    void shouldDeployThePushedRevisionGivenInOneArgument(JenkinsRule j) throws Exception {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofSeconds(1));
        WorkflowJob job = pipeline(
                j,
                "def pushed = [revision: [bucket: 'milestone3shraddha', key: 'bucketlist/7.tgz', bundleType: 'tgz',"
                        + " etag: 'abc123', version: 'v7']]\n"
                        + deploy().replace("bucket: 'milestone3shraddha',", "revision: pushed.revision,")
                                .replace(" key: 'bucketlist/build-7.zip',", ""));

        j.buildAndAssertSuccess(job);

        JsonNode location =
                aws.requests("CreateDeployment").get(0).body().path("revision").path("s3Location");
        assertThat(location.path("key").asText()).isEqualTo("bucketlist/7.tgz");
        assertThat(location.path("bundleType").asText()).isEqualTo("tgz");
        assertThat(location.path("eTag").asText()).isEqualTo("abc123");
        assertThat(location.path("version").asText()).isEqualTo("v7");
    }

    private static ApprovalAction awaitApproval(WorkflowRun run) throws InterruptedException {
        while (run.getAction(ApprovalAction.class) == null) {
            assertThat(run.isBuilding()).as("the build waits at Ready").isTrue();
            Thread.sleep(100);
        }
        return run.getAction(ApprovalAction.class);
    }

    private WorkflowJob pipeline(JenkinsRule j, String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    private String deploy() {
        return "codeDeploy application: 'BucketList', deploymentGroup: 'Canary', bucket: 'milestone3shraddha',"
                + " key: 'bucketlist/build-7.zip', region: 'us-east-1', endpoint: '" + aws.endpoint() + "',"
                + " credentialsId: 'aws-deploy'";
    }
}
