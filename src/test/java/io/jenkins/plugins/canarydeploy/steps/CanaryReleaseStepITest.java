package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.fasterxml.jackson.databind.JsonNode;
import hudson.model.Result;
import io.jenkins.plugins.canarydeploy.actions.CanaryWatchAction;
import io.jenkins.plugins.canarydeploy.actions.DeploymentAction;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.steps.sources.CloudWatchAlarms;
import java.time.Duration;
import java.util.List;
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
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/** The canaryRelease step in a running Jenkins, against the CodeDeploy and CloudWatch simulator in real time. */
@WithJenkins
class CanaryReleaseStepITest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private AwsSimulator aws;

    @BeforeEach
    void startSimulator() {
        aws = AwsSimulator.start();
        aws.codeDeploy().group("BucketList", "Canary").targets("i-canary1").alarms("CanaryHighErrorRate");
        aws.codeDeploy().group("BucketList", "ProdDeploy").targets("i-prod1", "i-prod2");
        aws.cloudWatch().alarm("CanaryHighErrorRate");
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new AWSCredentialsImpl(
                        CredentialsScope.GLOBAL, "aws-deploy", "AKIAIOSFODNN7EXAMPLE", "secret", "deploy role"));
    }

    @AfterEach
    void stopSimulator() {
        aws.close();
    }

    @Test
    void shouldEndUnstableWithTheStageMarkedAndNothingInProductionWhenTheCanaryAlarmFires(JenkinsRule j)
            throws Exception {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofSeconds(1));
        aws.cloudWatch().alarm("CanaryHighErrorRate").at(Duration.ofSeconds(3), StateValue.ALARM, "5xx rate 12%");
        WorkflowJob job = pipeline(
                j,
                "stage('Release') { def release = " + release("bakeWindow: '30s'")
                        + "\n echo \"promoted: ${release.promoted}\" }");

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("promoted: false", run);
        assertThat(creates("ProdDeploy")).isEmpty();
        FlowNode step =
                new DepthFirstScanner().findFirstMatch(run.getExecution(), new NodeStepTypePredicate("canaryRelease"));
        WarningAction warning = step.getPersistentAction(WarningAction.class);
        assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(run.getAction(CanaryWatchAction.class).getVerdict()).isEqualTo("FAIL");
        assertThat(run.getAction(CanaryWatchAction.class).getAlerts())
                .singleElement()
                .satisfies(alert -> assertThat(alert.name()).isEqualTo("CanaryHighErrorRate"));
    }

    @Test
    void shouldDeployBothGroupsWhenTheCanaryStaysClean(JenkinsRule j) throws Exception {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofSeconds(1));
        aws.codeDeploy().group("BucketList", "ProdDeploy").nextDeployment().succeedsAt(Duration.ofSeconds(1));
        WorkflowJob job = pipeline(
                j,
                "def release = " + release("bakeWindow: '10s'")
                        + "\necho \"promoted: ${release.promoted} ${release.result}\"");

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("promoted: true SUCCESS", run);
        JsonNode canary = location(creates("Canary").get(0));
        JsonNode production = location(creates("ProdDeploy").get(0));
        assertThat(production).as("the very same revision").isEqualTo(canary);
        assertThat(production.path("eTag").asText()).isEqualTo("abc123");
        assertThat(production.path("version").asText()).isEqualTo("v8");
        assertThat(run.getActions(DeploymentAction.class))
                .extracting(DeploymentAction::getDeploymentGroup)
                .containsExactly("Canary", "ProdDeploy");
    }

    @Test
    void shouldRoundTripThroughTheConfigFormAndTheSnippetGenerator(JenkinsRule j) throws Exception {
        CanaryReleaseStep step =
                new CanaryReleaseStep("BucketList", "Canary", "ProdDeploy", List.of(new CloudWatchAlarms()));
        step.setRevision(new S3RevisionArgument("releases", "bucketlist/8.tgz"));
        step.setBakeWindow("15m");
        step.setRollback("none");

        j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));
        new SnippetizerTester(j)
                .assertRoundTrip(
                        step,
                        "canaryRelease application: 'BucketList', bakeWindow: '15m', canaryGroup: 'Canary',"
                                + " productionGroup: 'ProdDeploy', revision: s3Revision(bucket: 'releases',"
                                + " key: 'bucketlist/8.tgz'), rollback: 'none', sources: [cloudWatchAlarms()]");
    }

    private String release(String options) {
        return "canaryRelease application: 'BucketList', canaryGroup: 'Canary', productionGroup: 'ProdDeploy',"
                + " revision: s3Revision(bucket: 'milestone3shraddha', key: 'bucketlist/8.tgz', etag: 'abc123',"
                + " version: 'v8'), pollInterval: '5s', " + options + ", sources: [cloudWatchAlarms()],"
                + " region: 'us-east-1', endpoint: '" + aws.endpoint() + "', credentialsId: 'aws-deploy'";
    }

    private List<RecordedRequest> creates(String group) {
        return aws.requests("CreateDeployment").stream()
                .filter(r -> r.body().path("deploymentGroupName").asText().equals(group))
                .toList();
    }

    private static JsonNode location(RecordedRequest create) {
        return create.body().path("revision").path("s3Location");
    }

    private static WorkflowJob pipeline(JenkinsRule j, String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }
}
