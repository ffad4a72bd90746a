package io.jenkins.plugins.canarydeploy.canary.release;

import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.ALARM;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.APP;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.CANARY;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PLAN;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PROD;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.REVISION;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.WATCH;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.creates;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.canary.CanaryVerdict;
import io.jenkins.plugins.canarydeploy.canary.NoDataPolicy;
import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/** A watch without data leads where the plan says, or waits for a decision and goes on from it. */
@ExtendWith(AwsSimulatorExtension.class)
class ReleaseNoDataTest {
    /** Missing data ends the watch at once (watch policy FAIL), with a NO_DATA verdict. */
    private static final ReleasePlan NO_DATA_ENDS_WATCH = PLAN.withWatch(WATCH.withNoData(NoDataPolicy.FAIL));

    private AwsSimulator aws;
    private SimulatedClock clock;

    @BeforeEach
    void groups(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        ReleaseFixture.groups(aws);
        aws.codeDeploy().group(APP, CANARY).nextDeployment().succeedsAt(Duration.ofMinutes(3));
        aws.cloudWatch().alarm(ALARM).state(StateValue.INSUFFICIENT_DATA, "no datapoints for the canary");
    }

    @Test
    void shouldWaitForADecisionAndPromoteWhenToldTo() {
        CanaryRelease release = release(aws, plan(NoDataAction.ASK));
        ReleaseDriver driver = ReleaseDriver.start(release, clock, REVISION);

        ReleasePoll waiting = driver.until(ReleasePoll::awaitingDecision);
        ReleasePoll idle = release.poll(waiting.state(), clock.instant());

        assertThat(waiting.state().phase()).isEqualTo(ReleasePhase.AWAITING_DECISION);
        assertThat(waiting.state().canaryDecision().verdict()).isEqualTo(CanaryVerdict.NO_DATA);
        assertThat(waiting.state().canaryDecision().summary()).contains("INSUFFICIENT_DATA");
        assertThat(waiting.log())
                .contains("No data to judge the canary by: waiting for a decision to promote or to" + " roll back");
        assertThat(idle.state()).isSameAs(waiting.state());
        assertThat(idle.nextDelay()).isPositive();
        assertThat(creates(aws, PROD)).isEmpty();

        driver.take(release.resume(waiting.state(), ReleaseDecision.PROMOTE, clock.instant()));
        ReleaseOutcome outcome = driver.run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.SUCCESS);
        assertThat(outcome.promoted()).isTrue();
        assertThat(outcome.noDataDecision()).isEqualTo(ReleaseDecision.PROMOTE);
        assertThat(creates(aws, PROD)).hasSize(1);
        assertThat(outcome.summary()).contains("NO_DATA", "promoted all the same");
    }

    @Test
    void shouldRollBackWhenTheDecisionIsToRollBack() {
        CanaryRelease release = release(aws, plan(NoDataAction.ASK));
        ReleaseDriver driver = ReleaseDriver.start(release, clock, REVISION);
        ReleasePoll waiting = driver.until(ReleasePoll::awaitingDecision);

        driver.take(release.resume(waiting.state(), ReleaseDecision.ROLL_BACK, clock.instant()));
        ReleaseOutcome outcome = driver.run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(outcome.noDataDecision()).isEqualTo(ReleaseDecision.ROLL_BACK);
        assertThat(outcome.rollback().succeeded()).isTrue();
        assertThat(creates(aws, PROD)).isEmpty();
        assertThat(creates(aws, CANARY)).hasSize(2);
    }

    @Test
    void shouldPromoteWithoutAskingWhenThePlanSaysPromote() {
        ReleaseOutcome outcome = ReleaseDriver.start(release(aws, plan(NoDataAction.PROMOTE)), clock, REVISION)
                .run();

        assertThat(outcome.verdict()).isEqualTo(CanaryVerdict.NO_DATA);
        assertThat(outcome.noDataDecision()).isEqualTo(ReleaseDecision.PROMOTE);
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.SUCCESS);
    }

    @Test
    void shouldTreatNoDataAsAFailedCanaryByDefault() {
        ReleaseOutcome outcome = ReleaseDriver.start(
                        release(aws, NO_DATA_ENDS_WATCH.withRollback(RollbackPolicy.NONE)), clock, REVISION)
                .run();

        assertThat(outcome.noDataDecision()).isEqualTo(ReleaseDecision.ROLL_BACK);
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(outcome.rollbackNote()).contains("rollback is none");
        assertThat(creates(aws, PROD)).isEmpty();
    }

    @Test
    void shouldRefuseADecisionWhenNoneIsAwaited() {
        CanaryRelease release = release(aws, plan(NoDataAction.ASK));
        ReleaseDriver driver = ReleaseDriver.start(release, clock, REVISION);

        assertThatThrownBy(() -> release.resume(driver.state(), ReleaseDecision.PROMOTE, clock.instant()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not waiting for a decision")
                .hasMessageContaining("CANARY_DEPLOY");
    }

    private static ReleasePlan plan(NoDataAction action) {
        return NO_DATA_ENDS_WATCH.withNoData(action);
    }
}
