package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import java.time.Duration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A controller restart in the middle of a deployment: the step follows the same deployment to its end. */
class CodeDeployRestartITest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    private static AwsSimulator aws;

    @BeforeAll
    static void startSimulator() {
        aws = AwsSimulator.start();
        aws.codeDeploy().group("BucketList", "Canary").targets("i-canary1");
    }

    @AfterAll
    static void stopSimulator() {
        aws.close();
    }

    @Test
    void shouldFollowTheSameDeploymentAfterARestart() throws Throwable {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofSeconds(40));
        sessions.then(j -> {
            SystemCredentialsProvider.getInstance()
                    .getCredentials()
                    .add(new AWSCredentialsImpl(
                            CredentialsScope.GLOBAL, "aws-deploy", "AKIAIOSFODNN7EXAMPLE", "secret", "deploy"));
            SystemCredentialsProvider.getInstance().save();
            WorkflowJob job = j.createProject(WorkflowJob.class, "canary-demo");
            job.setDefinition(new CpsFlowDefinition(
                    "def d = codeDeploy application: 'BucketList', deploymentGroup:"
                            + " 'Canary', bucket: 'milestone3shraddha', key: 'bucketlist/build-7.zip', region: 'us-east-1',"
                            + " endpoint: '" + aws.endpoint()
                            + "', credentialsId: 'aws-deploy'\necho \"ended ${d.status}\"",
                    true));
            WorkflowRun run = job.scheduleBuild2(0).waitForStart();
            j.waitForMessage("Created deployment", run);
        });
        sessions.then(j -> {
            WorkflowRun run = j.jenkins
                    .getItemByFullName("canary-demo", WorkflowJob.class)
                    .getBuildByNumber(1);
            j.waitForCompletion(run);
            j.assertBuildStatusSuccess(run);
            j.assertLogContains("ended Succeeded", run);
        });
        assertThat(aws.requests("CreateDeployment"))
                .as("created once, followed across the restart")
                .hasSize(1);
        assertThat(aws.requests("GetDeployment"))
                .extracting(request -> request.body().path("deploymentId").asText())
                .containsOnly(
                        aws.codeDeploy().deploymentIds("BucketList", "Canary").get(0));
    }
}
