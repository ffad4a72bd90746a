package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.AutoRollbackEvent;
import software.amazon.awssdk.services.codedeploy.model.ErrorCode;

/** Succeeded is SUCCESS, Failed is FAILURE with its reason, a stop by an alarm is UNSTABLE with the alarms. */
@ExtendWith(AwsSimulatorExtension.class)
class OutcomeMappingTest {
    private AwsSimulator aws;
    private SimulatedClock clock;
    private CodeDeployClient client;

    @BeforeEach
    void connect(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        client = aws.codeDeployClient();
    }

    @Test
    void shouldMarkAStopByAlarmUnstableWithTheAlarmNamesAndTheRollback() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .alarms("HighCPU", "Http5xxRate")
                .nextDeployment()
                .alarmStopAt(Duration.ofMinutes(4), List.of("Http5xxRate"), "d-ROLLBACK1");

        DeploymentOutcome outcome = follow(DeploymentOptions.NONE);

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.STOPPED_BY_ALARM);
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(outcome.alarmNames()).as("the alarm that fired").containsExactly("Http5xxRate");
        assertThat(outcome.rollbackDeploymentId()).isEqualTo("d-ROLLBACK1");
        assertThat(outcome.rollbackMessage()).contains("rolled back by d-ROLLBACK1");
        assertThat(outcome.summary())
                .contains("Stopped (ALARM_ACTIVE: ")
                .contains("alarms: Http5xxRate")
                .contains("rollback deployment d-ROLLBACK1");
        assertThat(aws.requests("GetDeploymentGroup"))
                .as("the message names the alarm")
                .isEmpty();
        Map<String, Object> map = outcome.toMap();
        assertThat(map)
                .containsEntry("verdict", "STOPPED_BY_ALARM")
                .containsEntry("result", "UNSTABLE")
                .containsEntry("alarmNames", List.of("Http5xxRate"))
                .containsEntry("rollbackDeploymentId", "d-ROLLBACK1")
                .containsEntry("durationSeconds", 240L);
    }

    @Test
    void shouldNameTheGroupsAlarmsWhenTheMessageDoesNot() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .alarms("HighCPU", "Http5xxRate")
                .autoRollback(true, AutoRollbackEvent.DEPLOYMENT_STOP_ON_ALARM)
                .nextDeployment()
                .stopAt(Duration.ofMinutes(3), ErrorCode.ALARM_ACTIVE, "Deployment stopped: an alarm is active.");

        DeploymentOutcome outcome = follow(DeploymentOptions.NONE);

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.STOPPED_BY_ALARM);
        assertThat(outcome.alarmNames()).containsExactly("HighCPU", "Http5xxRate");
        assertThat(outcome.rollbackDeploymentId())
                .as("automatic rollback on DEPLOYMENT_STOP_ON_ALARM")
                .isNotNull();
        assertThat(aws.requests("GetDeploymentGroup")).hasSize(1);
    }

    @Test
    void shouldNameTheOverriddenAlarmsWithoutReadingTheGroup() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .alarms("HighCPU")
                .nextDeployment()
                .stopAt(Duration.ofMinutes(3), ErrorCode.ALARM_ACTIVE, "Deployment stopped: an alarm is active.");

        DeploymentOutcome outcome = follow(
                DeploymentOptions.NONE.withAlarmOverride(new AlarmOverride(true, false, List.of("CanaryLatencyP99"))));

        assertThat(outcome.alarmNames()).containsExactly("CanaryLatencyP99");
        assertThat(aws.requests("GetDeploymentGroup")).isEmpty();
    }

    @Test
    void shouldRecogniseAStopOnAlarmNamedOnlyInTheErrorMessage() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .nextDeployment()
                .stopAt(
                        Duration.ofMinutes(2),
                        ErrorCode.MANUAL_STOP,
                        "Stopped by DEPLOYMENT_STOP_ON_ALARM. Activated alarms: ErrorBudget");

        DeploymentOutcome outcome = follow(DeploymentOptions.NONE);

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.STOPPED_BY_ALARM);
        assertThat(outcome.alarmNames()).containsExactly("ErrorBudget");
    }

    @Test
    void shouldFailAManualStopWithItsReason() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .nextDeployment()
                .stopAt(Duration.ofMinutes(2), ErrorCode.MANUAL_STOP, "Stopped from the console.");

        DeploymentOutcome outcome = follow(DeploymentOptions.NONE);

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.STOPPED);
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.alarmNames()).isEmpty();
        assertThat(outcome.summary()).contains("Stopped (MANUAL_STOP: Stopped from the console.)");
    }

    @Test
    void shouldFailAFailedDeploymentWithItsReasonAndRollback() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .autoRollback(true, AutoRollbackEvent.DEPLOYMENT_FAILURE)
                .nextDeployment()
                .failAt(Duration.ofMinutes(2), ErrorCode.HEALTH_CONSTRAINTS, "Too many instances failed");

        DeploymentOutcome outcome = follow(DeploymentOptions.NONE);

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.FAILED);
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.errorMessage()).isEqualTo("Too many instances failed");
        assertThat(outcome.rollbackDeploymentId()).isNotNull();
        assertThat(outcome.toMap()).containsEntry("result", "FAILURE").containsKey("targets");
    }

    @Test
    void shouldMapEveryVerdictToABuildResult() {
        assertThat(DeploymentVerdict.SUCCEEDED.buildResult()).isEqualTo(BuildResult.SUCCESS);
        assertThat(DeploymentVerdict.STOPPED_BY_ALARM.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(List.of(DeploymentVerdict.FAILED, DeploymentVerdict.STOPPED, DeploymentVerdict.TIMED_OUT))
                .allMatch(verdict -> verdict.buildResult() == BuildResult.FAILURE);
    }

    private DeploymentOutcome follow(DeploymentOptions options) {
        String id = new DeploymentStarter(client)
                .start(new DeploymentRequest("BucketList", "Canary", TargetProgressFollowTest.REVISION, null, null)
                        .withOptions(options));
        return new FollowDriver(
                        new DeploymentFollower(client, PollSchedule.DEFAULT),
                        clock,
                        FollowDriver.started(id, clock, Duration.ofHours(1), ReadyPolicy.WAIT))
                .follow();
    }
}
