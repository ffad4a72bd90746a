package io.jenkins.plugins.canarydeploy.canary.release;

import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.APP;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.CANARY;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PLAN;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PROD;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.REVISION;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.creates;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.release;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.canary.CanaryVerdict;
import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentVerdict;
import io.jenkins.plugins.canarydeploy.deploy.ReadyPolicy;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How the deployments of a release end, apart from the plain success and failure. */
@ExtendWith(AwsSimulatorExtension.class)
class ReleaseCanaryDeploymentTest {
    private AwsSimulator aws;
    private SimulatedClock clock;

    @BeforeEach
    void groups(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        ReleaseFixture.groups(aws);
    }

    @Test
    void shouldBeUnstableWithoutWatchWhenTheCanaryGroupsOwnAlarmStopsTheDeployment() {
        aws.codeDeploy()
                .group(APP, CANARY)
                .alarms("CanaryCpu")
                .nextDeployment()
                .alarmStopAt(Duration.ofMinutes(2), List.of("CanaryCpu"));

        ReleaseOutcome outcome =
                ReleaseDriver.start(release(aws, PLAN), clock, REVISION).run();

        assertThat(outcome.canary().verdict()).isEqualTo(DeploymentVerdict.STOPPED_BY_ALARM);
        assertThat(outcome.canary().alarmNames()).containsExactly("CanaryCpu");
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(outcome.canaryDecision()).isNull();
        assertThat(aws.requests("DescribeAlarms")).isEmpty();
        assertThat(creates(aws, PROD)).isEmpty();
    }

    @Test
    void shouldWaitForApprovalOfABlueGreenCanaryThenGoOn() {
        aws.codeDeploy()
                .group(APP, CANARY)
                .blueGreen()
                .nextDeployment()
                .readyAt(Duration.ofMinutes(1))
                .afterContinue()
                .succeedsAt(Duration.ofSeconds(30));
        CanaryRelease release = release(aws, PLAN.withReadyPolicy(ReadyPolicy.WAIT));
        ReleaseDriver driver = ReleaseDriver.start(release, clock, REVISION);

        ReleasePoll waiting = driver.until(ReleasePoll::waitingForApproval);
        assertThat(waiting.state().phase()).isEqualTo(ReleasePhase.CANARY_DEPLOY);
        assertThat(aws.requests("ContinueDeployment")).isEmpty();

        driver.take(release.continueDeployment(waiting.state(), clock.instant()));
        ReleaseOutcome outcome = driver.run();

        assertThat(aws.requests("ContinueDeployment"))
                .singleElement()
                .satisfies(r -> assertThat(r.body().path("deploymentId").asText())
                        .isEqualTo(outcome.canary().deploymentId()));
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.SUCCESS);
    }

    @Test
    void shouldFailKeepingTheVerdictWhenCodeDeployRefusesTheProductionDeployment() {
        aws.codeDeploy().group(APP, CANARY).nextDeployment().succeedsAt(Duration.ofMinutes(1));

        ReleaseOutcome outcome = ReleaseDriver.start(
                        release(aws, ReleasePlan.of(APP, CANARY, "NoSuchGroup", ReleaseFixture.WATCH)), clock, REVISION)
                .run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.verdict()).isEqualTo(CanaryVerdict.PASS);
        assertThat(outcome.production()).isNull();
        assertThat(outcome.failure()).contains("not promoted", "NoSuchGroup");
    }
}
