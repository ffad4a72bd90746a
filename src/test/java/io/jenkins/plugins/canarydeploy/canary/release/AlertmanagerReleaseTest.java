package io.jenkins.plugins.canarydeploy.canary.release;

import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.APP;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.CANARY;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PLAN;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PROD;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.REVISION;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.creates;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.canary.AlertmanagerSource;
import io.jenkins.plugins.canarydeploy.canary.CanaryVerdict;
import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.Alert;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.Alertmanager;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.AlertmanagerExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The canary release watching a real Alertmanager: a firing canary alert blocks promotion, a silenced one does not. */
@ExtendWith({AwsSimulatorExtension.class, AlertmanagerExtension.class})
class AlertmanagerReleaseTest {
    private static final Map<String, String> CANARY_ALERT =
            Map.of("alertname", "HighCpu", "deployment_group", "canary");

    private AwsSimulator aws;
    private SimulatedClock clock;
    private Alertmanager alertmanager;

    @BeforeEach
    void groups(AwsSimulator simulator, SimulatedClock simulatedClock, Alertmanager running) {
        aws = simulator;
        clock = simulatedClock;
        alertmanager = running;
        ReleaseFixture.groups(aws);
        aws.codeDeploy().group(APP, CANARY).nextDeployment().succeedsAt(Duration.ofMinutes(3));
    }

    @Test
    void shouldBlockPromotionWhenACanaryAlertFiresDuringTheWindow() {
        alertmanager.postAlert(
                Alert.withLabels(CANARY_ALERT).startingAt(clock.instant().plus(Duration.ofMinutes(5))));

        ReleaseOutcome outcome = ReleaseDriver.start(release(), clock, REVISION).run();

        assertThat(outcome.verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(outcome.promoted()).isFalse();
        assertThat(outcome.canaryDecision().alerts())
                .singleElement()
                .satisfies(alert -> assertThat(alert.labels()).isEqualTo(CANARY_ALERT));
        assertThat(creates(aws, PROD)).as("nothing reaches production").isEmpty();
    }

    @Test
    void shouldPromoteWhenTheCanaryAlertIsSilenced() {
        alertmanager.postAlert(
                Alert.withLabels(CANARY_ALERT).startingAt(clock.instant().plus(Duration.ofMinutes(5))));
        alertmanager.silence(
                List.of(io.jenkins.plugins.canarydeploy.fixtures.alertmanager.LabelMatcher.equalTo(
                        "deployment_group", "canary")),
                Duration.ofHours(1));
        aws.codeDeploy().group(APP, PROD).nextDeployment().succeedsAt(Duration.ofMinutes(2));

        ReleaseOutcome outcome = ReleaseDriver.start(release(), clock, REVISION).run();

        assertThat(outcome.verdict()).isEqualTo(CanaryVerdict.PASS);
        assertThat(outcome.promoted()).isTrue();
        assertThat(creates(aws, PROD)).hasSize(1);
    }

    private CanaryRelease release() {
        return new CanaryRelease(
                aws.codeDeployClient(),
                List.of(new AlertmanagerSource(alertmanager.baseUri(), "deployment_group=\"canary\"", null)),
                PLAN);
    }
}
