package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.canarydeploy.actions.CanaryWatchAction;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.Alertmanager;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.AlertmanagerExtension;
import io.jenkins.plugins.canarydeploy.freestyle.CanaryWatchBuilder;
import io.jenkins.plugins.canarydeploy.steps.sources.AlertmanagerAlerts;
import io.jenkins.plugins.canarydeploy.steps.sources.CloudWatchAlarms;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.graphanalysis.NodeStepTypePredicate;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The watchCanary step in a running Jenkins, against a real Prometheus Alertmanager. */
@WithJenkins
@ExtendWith(AlertmanagerExtension.class)
class CanaryWatchStepITest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final Map<String, String> CANARY_ALERT =
            Map.of("alertname", "HighErrorRate", "deployment_group", "canary");

    @Test
    void shouldMarkTheStageAndTheBuildUnstableWhenACanaryAlertFires(JenkinsRule j, Alertmanager alertmanager)
            throws Exception {
        alertmanager.postAlert(CANARY_ALERT, Map.of("summary", "5% of requests fail"));
        WorkflowJob job = pipeline(
                j,
                "stage('Canary') { def canary = " + watch(alertmanager, "bakeWindow: '30s', pollInterval: '5s'")
                        + "\n echo \"verdict ${canary.verdict}: ${canary.alerts[0].name}\" }");

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("verdict FAIL: HighErrorRate", run);
        FlowNode step =
                new DepthFirstScanner().findFirstMatch(run.getExecution(), new NodeStepTypePredicate("watchCanary"));
        WarningAction warning = step.getPersistentAction(WarningAction.class);
        assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(warning.getMessage()).contains("HighErrorRate");
        CanaryWatchAction panel = run.getAction(CanaryWatchAction.class);
        assertThat(panel.getVerdict()).isEqualTo("FAIL");
        assertThat(panel.getAlerts())
                .singleElement()
                .satisfies(alert -> assertThat(alert.labels()).isEqualTo(CANARY_ALERT));
    }

    @Test
    void shouldPassAndReturnTheVerdictWhenNoAlertFires(JenkinsRule j, Alertmanager alertmanager) throws Exception {
        WorkflowJob job = pipeline(
                j,
                "def canary = " + watch(alertmanager, "bakeWindow: '10s', pollInterval: '5s'")
                        + "\necho \"verdict ${canary.verdict}\"");

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("verdict PASS", run);
        assertThat(run.getAction(CanaryWatchAction.class).getChecks()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldStopThePipelineWhenAskedTo(JenkinsRule j, Alertmanager alertmanager) throws Exception {
        alertmanager.postAlert(CANARY_ALERT, Map.of());
        WorkflowJob job = pipeline(
                j,
                watch(alertmanager, "bakeWindow: '30s', pollInterval: '5s', failOnAlert: true") + "\necho 'promote'");

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("The canary failed: alert fired", run);
        j.assertLogNotContains("promote", run);
    }

    @Test
    void shouldMarkAFreestyleBuildUnstable(JenkinsRule j, Alertmanager alertmanager) throws Exception {
        alertmanager.postAlert(CANARY_ALERT, Map.of());
        CanaryWatchStep watch = step(alertmanager);
        watch.setBakeWindow("30s");
        watch.setPollInterval("5s");
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new CanaryWatchBuilder(watch));

        FreeStyleBuild build = j.buildAndAssertStatus(Result.UNSTABLE, project);

        assertThat(build.getAction(CanaryWatchAction.class).getVerdict()).isEqualTo("FAIL");
        j.configRoundtrip(project);
        j.assertEqualDataBoundBeans(
                watch, project.getBuildersList().get(CanaryWatchBuilder.class).getWatch());
    }

    @Test
    void shouldRoundTripThroughTheConfigForm(JenkinsRule j, Alertmanager alertmanager) throws Exception {
        CanaryWatchStep step = new CanaryWatchStep(List.of(new CloudWatchAlarms(), alertmanagerSource(alertmanager)));
        step.setApplication("BucketList");
        step.setDeploymentGroup("Canary");
        step.setBakeWindow("15m");
        step.setFailedChecks(2);
        step.setNoData("pause");

        j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));
    }

    @Test
    void shouldRoundTripThroughTheSnippetGenerator(JenkinsRule j) throws Exception {
        CanaryWatchStep step = new CanaryWatchStep(List.of(new CloudWatchAlarms()));
        step.setApplication("BucketList");
        step.setDeploymentGroup("Canary");
        step.setBakeWindow("15m");

        new SnippetizerTester(j)
                .assertRoundTrip(
                        step,
                        "watchCanary application: 'BucketList', bakeWindow: '15m', deploymentGroup: 'Canary',"
                                + " sources: [cloudWatchAlarms()]");
    }

    private static WorkflowJob pipeline(JenkinsRule j, String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    private static String watch(Alertmanager alertmanager, String options) {
        return "watchCanary " + options + ", sources: [alertmanagerAlerts(url: '" + alertmanager.baseUri()
                + "', matchers: 'deployment_group=\"canary\"')]";
    }

    private static CanaryWatchStep step(Alertmanager alertmanager) {
        return new CanaryWatchStep(List.of(alertmanagerSource(alertmanager)));
    }

    private static AlertmanagerAlerts alertmanagerSource(Alertmanager alertmanager) {
        return new AlertmanagerAlerts(alertmanager.baseUri().toString(), "deployment_group=\"canary\"");
    }
}
