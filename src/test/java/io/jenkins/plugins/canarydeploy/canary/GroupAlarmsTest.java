package io.jenkins.plugins.canarydeploy.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.aws.AwsClients;
import io.jenkins.plugins.canarydeploy.aws.AwsConnection;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/** The canary group's own CloudWatch alarms, read with the plugin's client setup from the AWS simulator. */
@ExtendWith(AwsSimulatorExtension.class)
class GroupAlarmsTest {
    private static final String APP = "BucketList";

    private AwsSimulator aws;
    private CodeDeployClient codeDeploy;
    private CloudWatchClient cloudWatch;

    @BeforeEach
    void connect(AwsSimulator simulator) {
        aws = simulator;
        AwsConnection connection = new AwsConnection("us-east-1", aws.endpoint(), aws.credentialsProvider());
        codeDeploy = AwsClients.codeDeploy(connection);
        cloudWatch = AwsClients.cloudWatch(connection);
        aws.codeDeploy().group(APP, "Canary").alarms("Canary-HighCPU", "Canary-5xx");
        aws.codeDeploy().group(APP, "Quiet");
        aws.codeDeploy().group(APP, "Muted").alarmConfiguration(false, false, List.of("Muted-HighCPU"));
        aws.cloudWatch().alarm("Canary-HighCPU");
        aws.cloudWatch().alarm("Canary-5xx");
        aws.cloudWatch().alarm("Canary-Latency");
        aws.cloudWatch().alarm("Shared-Errors");
    }

    @AfterEach
    void close() {
        codeDeploy.close();
        cloudWatch.close();
    }

    @Test
    void shouldReadTheAlarmsTheGroupWatches() {
        GroupAlarms alarms = new GroupAlarmReader(codeDeploy).read(APP, "Canary");

        assertThat(alarms.enabled()).isTrue();
        assertThat(alarms.watched()).containsExactly("Canary-HighCPU", "Canary-5xx");
        assertThat(alarms.whyNone()).isEmpty();
        assertThat(aws.requests("GetDeploymentGroup")).singleElement().satisfies(request -> {
            assertThat(request.body().path("applicationName").asText()).isEqualTo(APP);
            assertThat(request.body().path("deploymentGroupName").asText()).isEqualTo("Canary");
        });
    }

    @Test
    void shouldSayWhenTheGroupHasNoAlarmsOrHasThemDisabled() {
        GroupAlarms quiet = new GroupAlarmReader(codeDeploy).read(APP, "Quiet");
        GroupAlarms muted = new GroupAlarmReader(codeDeploy).read(APP, "Muted");

        assertThat(quiet.watched()).isEmpty();
        assertThat(quiet.whyNone())
                .hasValue("Deployment group 'Quiet' of application 'BucketList' has no CloudWatch alarms configured.");
        assertThat(muted.enabled()).isFalse();
        assertThat(muted.names()).containsExactly("Muted-HighCPU");
        assertThat(muted.watched()).isEmpty();
        assertThat(muted.whyNone())
                .hasValueSatisfying(why -> assertThat(why).contains("'Muted'", "disabled", "Muted-HighCPU"));
    }

    @Test
    void shouldNameAMissingApplicationOrGroup() {
        GroupAlarmReader reader = new GroupAlarmReader(codeDeploy);

        assertThatThrownBy(() -> reader.read("BucketLst", "Canary"))
                .isInstanceOf(GroupAlarmsException.class)
                .hasMessage("CodeDeploy application 'BucketLst' does not exist (looked for deployment group 'Canary'):"
                        + " check 'application', the region and the account.");
        assertThatThrownBy(() -> reader.read(APP, "Canry"))
                .isInstanceOf(GroupAlarmsException.class)
                .hasMessage("Deployment group 'Canry' does not exist in CodeDeploy application 'BucketList': check"
                        + " 'deploymentGroup'.");
    }

    @Test
    void shouldRefuseBlankNamesBeforeAskingCodeDeploy() {
        assertThatThrownBy(() -> new GroupAlarmReader(codeDeploy).read(" ", ""))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("application", "deploymentGroup"));
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void shouldCombineTheGroupsAlarmsWithNamedOnesAndAPrefixEachOnce() {
        GroupAlarms group = new GroupAlarmReader(codeDeploy).read(APP, "Canary");

        CanaryAlarms alarms = CanaryAlarms.of(group, List.of("Shared-Errors", " Canary-5xx ", " "), " Canary-");

        assertThat(alarms.names()).containsExactly("Canary-HighCPU", "Canary-5xx", "Shared-Errors");
        assertThat(alarms.prefix()).hasValue("Canary-");
        assertThat(alarms.notes()).isEmpty();
        assertThat(alarms).hasToString("[Canary-HighCPU, Canary-5xx, Shared-Errors, Canary-*]");
    }

    @Test
    void shouldReportAnAlarmFoundByNameAndByPrefixOnce(SimulatedClock clock) {
        aws.cloudWatch().alarm("Canary-5xx").state(StateValue.ALARM, "5xx above 1 %");
        GroupAlarms group = new GroupAlarmReader(codeDeploy).read(APP, "Canary");

        CheckResult result =
                CanaryAlarms.of(group, List.of(), "Canary-").source(cloudWatch).check(clock.instant());

        assertThat(result.alerts()).extracting(FiringAlert::name).containsExactly("Canary-5xx");
    }

    @Test
    void shouldSayWhyThereIsNothingToWatchWhenTheGroupGivesNoAlarms() {
        GroupAlarms muted = new GroupAlarmReader(codeDeploy).read(APP, "Muted");
        CanaryAlarms alarms = CanaryAlarms.of(muted, List.of(), "");

        assertThat(alarms.isEmpty()).isTrue();
        assertThat(alarms.notes()).containsExactly(muted.whyNone().orElseThrow());
        assertThatThrownBy(() -> alarms.source(cloudWatch))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("alarms"))
                .hasMessageContaining("has its CloudWatch alarms disabled")
                .hasMessageContaining("There is no CloudWatch alarm to watch");
        assertThat(CanaryAlarms.of(muted, List.of("Shared-Errors"), null).names())
                .containsExactly("Shared-Errors");
    }

    @Test
    void shouldFailAWatchOverTheGroupsOwnAlarmsWhenOneGoesToAlarm(SimulatedClock clock) {
        aws.cloudWatch()
                .alarm("Canary-5xx")
                .at(Duration.ofMinutes(4), StateValue.ALARM, "Threshold Crossed: 1 datapoint [3.2] > 1.0");
        GroupAlarms group = new GroupAlarmReader(codeDeploy).read(APP, "Canary");
        CanaryWatch watch = new CanaryWatch(
                List.of(CanaryAlarms.of(group, List.of(), null).source(cloudWatch)),
                WatchSettings.bakeFor(Duration.ofMinutes(10)).pollingEvery(Duration.ofMinutes(1)));

        WatchPoll last = CloudWatchCanaryWatchTest.runToDecision(watch, clock);

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(last.state().lastCheckAt()).isEqualTo(SimulatedClock.DEFAULT_START.plus(Duration.ofMinutes(4)));
        assertThat(last.decision().alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.name()).isEqualTo("Canary-5xx");
            assertThat(alert.details()).containsEntry("reason", "Threshold Crossed: 1 datapoint [3.2] > 1.0");
        });
        assertThat(aws.requests("DescribeAlarms").get(0).body().path("AlarmNames"))
                .extracting(node -> node.asText())
                .containsExactlyInAnyOrder("Canary-HighCPU", "Canary-5xx");
    }
}
