package io.jenkins.plugins.canarydeploy.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.deploy.DeploymentOutcome;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentVerdict;
import io.jenkins.plugins.canarydeploy.deploy.StatusChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentActionTest {
    private static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void shouldShowAnAlarmStopWithItsRollbackAndAConsoleLink() {
        DeploymentOutcome outcome = new DeploymentOutcome(
                "d-ABC123",
                "Canary",
                DeploymentVerdict.STOPPED_BY_ALARM,
                "Stopped",
                "ALARM_ACTIVE",
                "Activated alarms: HighCPU",
                "d-ROLLBACK1",
                START,
                START.plusSeconds(754),
                null,
                List.of("HighCPU"),
                List.of());

        DeploymentAction action = new DeploymentAction(
                outcome,
                List.of(
                        new StatusChange("Created", START),
                        new StatusChange("InProgress", START.plusSeconds(4)),
                        new StatusChange("Stopped", START.plusSeconds(754))),
                "eu-west-1");

        assertThat(action.getIcon()).isEqualTo("symbol-status-yellow");
        assertThat(action.getError()).isEqualTo("ALARM_ACTIVE: Activated alarms: HighCPU");
        assertThat(action.getRollbackDeploymentId()).isEqualTo("d-ROLLBACK1");
        assertThat(action.getAlarmNames()).containsExactly("HighCPU");
        assertThat(action.getDurationSeconds()).isEqualTo(754);
        assertThat(action.getTimeline()).containsExactly("+0 s Created", "+4 s InProgress", "+754 s Stopped");
        assertThat(action.getConsoleUrl())
                .isEqualTo(
                        "https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-ABC123?region=eu-west-1");
    }

    @Test
    void shouldOmitTheConsoleLinkWithoutARegionAndShowSuccessPlainly() {
        DeploymentOutcome outcome = new DeploymentOutcome(
                "d-OK",
                "ProdDeploy",
                DeploymentVerdict.SUCCEEDED,
                "Succeeded",
                null,
                null,
                null,
                START,
                START.plusSeconds(60));

        DeploymentAction action = new DeploymentAction(outcome, List.of(), null);

        assertThat(action.getConsoleUrl()).isNull();
        assertThat(action.getError()).isNull();
        assertThat(action.getIcon()).isEqualTo("symbol-status-blue");
        assertThat(action.getDisplayName()).isEqualTo("CodeDeploy deployment d-OK");
        assertThat(action.getTimeline()).isEmpty();
    }
}
