package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.canarydeploy.actions.CanaryWatchAction;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.Alertmanager;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.AlertmanagerExtension;
import java.util.Map;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A controller restart in the middle of a bake window: the watch goes on with the same window and still fires. */
@ExtendWith(AlertmanagerExtension.class)
class CanaryWatchRestartITest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void shouldGoOnWatchingTheSameWindowAfterARestart(Alertmanager alertmanager) throws Throwable {
        String url = alertmanager.baseUri().toString();
        sessions.then(j -> {
            WorkflowJob job = j.createProject(WorkflowJob.class, "canary-watch");
            job.setDefinition(new CpsFlowDefinition(
                    "def canary = watchCanary bakeWindow: '2m', pollInterval: '5s', sources: [alertmanagerAlerts("
                            + "url: '" + url + "', matchers: 'deployment_group=\"canary\"')]\n"
                            + "echo \"verdict ${canary.verdict}\"",
                    true));
            WorkflowRun run = job.scheduleBuild2(0).waitForStart();
            j.waitForMessage("Canary watch until", run);
        });
        sessions.then(j -> {
            WorkflowRun run = j.jenkins
                    .getItemByFullName("canary-watch", WorkflowJob.class)
                    .getBuildByNumber(1);
            alertmanager.postAlert(Map.of("alertname", "HighErrorRate", "deployment_group", "canary"), Map.of());
            j.waitForCompletion(run);
            j.assertBuildStatus(Result.UNSTABLE, run);
            j.assertLogContains("verdict FAIL", run);
            assertThat(run.getLog().split("Canary watch until", -1))
                    .as("started once, the same window after the restart")
                    .hasSize(2);
            assertThat(run.getAction(CanaryWatchAction.class).getVerdict()).isEqualTo("FAIL");
        });
    }
}
