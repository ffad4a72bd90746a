package io.jenkins.plugins.canarydeploy.canary.release;

import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.ALARM;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.APP;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.CANARY;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PLAN;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PREVIOUS;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PROD;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.REVISION;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.creates;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.release;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.s3Location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.canarydeploy.canary.CanaryVerdict;
import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import io.jenkins.plugins.canarydeploy.deploy.StatusChange;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import io.jenkins.plugins.canarydeploy.fixtures.state.StateSerialization;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/** The release state is what a Pipeline keeps across a controller restart: plain serializable classes only. */
@ExtendWith(AwsSimulatorExtension.class)
class ReleaseStateRestartTest {
    private AwsSimulator aws;
    private SimulatedClock clock;

    @BeforeEach
    void groups(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        ReleaseFixture.groups(aws);
        aws.codeDeploy().group(APP, CANARY).nextDeployment().succeedsAt(Duration.ofMinutes(3));
    }

    @Test
    void shouldGoOnWatchingAndPromoteTheSameRevisionAfterARestartMidWatch() throws Exception {
        CodeDeployClient before = aws.codeDeployClient(override -> {});
        ReleaseDriver first = ReleaseDriver.start(release(aws, before, PLAN), clock, REVISION);
        first.until(poll -> poll.state().phase() == ReleasePhase.WATCH
                && poll.state().watch().readableChecks() == 3);
        before.close();

        ReleaseState restored = StateSerialization.roundTrip(first.state());
        assertThat(restored.phase()).isEqualTo(ReleasePhase.WATCH);
        assertThat(restored.revision()).isEqualTo(REVISION);
        assertThat(restored.rollbackTarget().revision().key()).isEqualTo(PREVIOUS.key());
        assertThat(restored.watch().timeline()).hasSize(3);
        assertThat(restored.canaryFollow().history())
                .extracting(StatusChange::status, StatusChange::seenAt)
                .isEqualTo(first.state().canaryFollow().history().stream()
                        .map(change -> tuple(change.status(), change.seenAt()))
                        .toList());

        CodeDeployClient after = aws.codeDeployClient(override -> {});
        ReleaseDriver resumed = ReleaseDriver.resume(release(aws, after, PLAN), clock, restored);
        ReleaseOutcome outcome = resumed.run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.SUCCESS);
        assertThat(outcome.canary().deploymentId()).isEqualTo(first.state().canaryDeploymentId());
        assertThat(resumed.state().watch().timeline()).hasSizeGreaterThan(3);
        assertThat(creates(aws, CANARY)).as("the canary is not deployed again").hasSize(1);
        assertThat(creates(aws, PROD))
                .singleElement()
                .satisfies(prod -> assertThat(s3Location(prod))
                        .isEqualTo(s3Location(creates(aws, CANARY).get(0))));
        List<String> whole = new ArrayList<>(first.log);
        whole.addAll(resumed.log);
        assertThat(whole)
                .as("nothing logged twice across the restart")
                .containsOnlyOnce("Deployment " + outcome.canary().deploymentId()
                        + ": Succeeded (targets: 1 succeeded, 0 in progress," + " 0 pending, 0 failed, 0 skipped)");
        after.close();
    }

    @Test
    void shouldEndAlikeWhenTheStateIsRestoredBeforeEveryPoll() throws Exception {
        aws.cloudWatch().alarm(ALARM).at(Duration.ofMinutes(6), StateValue.ALARM, "errors");
        CanaryRelease release = release(aws, PLAN);
        Set<ReleasePhase> seen = EnumSet.noneOf(ReleasePhase.class);

        ReleasePoll poll = release.start(REVISION, clock.instant());
        while (poll.finished().isEmpty()) {
            seen.add(poll.state().phase());
            assertThat(StateSerialization.records(poll.state())).isEmpty();
            clock.advance(poll.nextDelay());
            poll = release.poll(StateSerialization.roundTrip(poll.state()), clock.instant());
        }
        ReleaseOutcome outcome = StateSerialization.roundTrip(poll.state()).outcome();

        assertThat(seen).containsExactly(ReleasePhase.CANARY_DEPLOY, ReleasePhase.WATCH, ReleasePhase.ROLLBACK);
        assertThat(StateSerialization.records(poll.state())).isEmpty();
        assertThat(outcome.verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(outcome.canaryDecision().alerts())
                .singleElement()
                .satisfies(alert -> assertThat(alert.name()).isEqualTo(ALARM));
        assertThat(outcome.rollback().succeeded()).isTrue();
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(creates(aws, CANARY)).hasSize(2);
    }

    @Test
    void shouldHoldNoRecordsWhilePromotingOrWhenDone() throws Exception {
        ReleaseDriver driver = ReleaseDriver.start(release(aws, PLAN), clock, REVISION);

        ReleasePoll promoting = driver.untilPhase(ReleasePhase.PROMOTE);
        ReleaseState restored = StateSerialization.roundTrip(promoting.state());
        ReleaseOutcome outcome = driver.run();

        assertThat(StateSerialization.records(promoting.state())).isEmpty();
        assertThat(StateSerialization.records(driver.state())).isEmpty();
        assertThat(restored.productionDeploymentId())
                .isEqualTo(outcome.production().deploymentId());
        assertThat(StateSerialization.roundTrip(driver.state()).outcome().summary())
                .isEqualTo(outcome.summary());
    }
}
