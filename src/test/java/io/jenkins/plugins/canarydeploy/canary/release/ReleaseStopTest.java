package io.jenkins.plugins.canarydeploy.canary.release;

import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.APP;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.CANARY;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PLAN;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PROD;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.REVISION;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.creates;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.release;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/** Aborting a canary release stops the deployment in progress, and only that one. */
@ExtendWith(AwsSimulatorExtension.class)
class ReleaseStopTest {
    private AwsSimulator aws;
    private SimulatedClock clock;
    private CanaryRelease release;

    @BeforeEach
    void groups(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        ReleaseFixture.groups(aws);
        aws.codeDeploy().group(APP, CANARY).nextDeployment().succeedsAt(Duration.ofMinutes(3));
        aws.codeDeploy().group(APP, PROD).nextDeployment().succeedsAt(Duration.ofMinutes(5));
        release = release(aws, PLAN);
    }

    @Test
    void shouldStopTheCanaryDeploymentWithRollbackWhileItRuns() {
        ReleaseDriver driver = ReleaseDriver.start(release, clock, REVISION);
        driver.until(poll -> "InProgress".equals(poll.state().canaryFollow().lastStatus()));

        List<String> log = release.stop(driver.state());

        assertThat(stops()).singleElement().satisfies(stop -> {
            assertThat(stop.body().path("deploymentId").asText())
                    .isEqualTo(driver.state().canaryDeploymentId());
            assertThat(stop.body().path("autoRollbackEnabled").asBoolean()).isTrue();
        });
        assertThat(log).singleElement().asString().contains("stopping canary deployment", "with rollback");
        assertThat(creates(aws, PROD)).isEmpty();
    }

    @Test
    void shouldStopNothingAndStartNothingWhenAbortedDuringTheWatch() {
        ReleaseDriver driver = ReleaseDriver.start(release, clock, REVISION);
        driver.until(poll -> poll.state().phase() == ReleasePhase.WATCH
                && poll.state().watch().readableChecks() >= 2);

        List<String> log = release.stop(driver.state());

        assertThat(stops()).isEmpty();
        assertThat(creates(aws, PROD)).isEmpty();
        assertThat(creates(aws, CANARY)).hasSize(1);
        assertThat(log)
                .singleElement()
                .asString()
                .contains("watching the canary", "nothing is deploying", "ProdDeploy was not touched");
    }

    @Test
    void shouldStopTheProductionDeploymentWithRollbackWhileItRuns() {
        ReleaseDriver driver = ReleaseDriver.start(release, clock, REVISION);
        driver.until(poll -> poll.state().phase() == ReleasePhase.PROMOTE
                && "InProgress".equals(poll.state().productionFollow().lastStatus()));

        List<String> log = release.stop(driver.state());

        assertThat(stops()).singleElement().satisfies(stop -> {
            assertThat(stop.body().path("deploymentId").asText())
                    .isEqualTo(driver.state().productionDeploymentId());
            assertThat(stop.body().path("autoRollbackEnabled").asBoolean()).isTrue();
        });
        assertThat(log)
                .singleElement()
                .asString()
                .contains("stopping production deployment " + driver.state().productionDeploymentId(), PROD);
    }

    @Test
    void shouldLeaveARollbackOfTheCanaryToFinish() {
        aws.cloudWatch().alarm(ReleaseFixture.ALARM).at(Duration.ofMinutes(5), StateValue.ALARM, "errors");
        ReleaseDriver driver = ReleaseDriver.start(release, clock, REVISION);
        driver.untilPhase(ReleasePhase.ROLLBACK);

        List<String> log = release.stop(driver.state());

        assertThat(stops()).isEmpty();
        assertThat(log).singleElement().asString().contains("left to finish", ReleaseFixture.PREVIOUS_ID);
    }

    private List<RecordedRequest> stops() {
        return aws.requests("StopDeployment");
    }
}
