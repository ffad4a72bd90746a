package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.Diagnostics;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import io.jenkins.plugins.canarydeploy.fixtures.state.StateSerialization;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.ErrorCode;

/** The follow state is what a Pipeline keeps across a controller restart: plain serializable classes only. */
@ExtendWith(AwsSimulatorExtension.class)
class FollowStateRestartTest {
    @Test
    void shouldResumeFollowingTheSameDeploymentAfterARestart(AwsSimulator aws, SimulatedClock clock) throws Exception {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .targets("i-canary1", "i-canary2")
                .nextDeployment()
                .failTarget("i-canary2", "AfterInstall", Diagnostics.scriptFailed("scripts/after.sh", "exit 3\n"))
                .failAt(Duration.ofSeconds(241), ErrorCode.HEALTH_CONSTRAINTS, "i-canary2 failed");
        CodeDeployClient before = aws.codeDeployClient(override -> {});
        String id = new DeploymentStarter(before)
                .start(new DeploymentRequest("BucketList", "Canary", TargetProgressFollowTest.REVISION, null, null));
        FollowDriver first = new FollowDriver(
                new DeploymentFollower(before, PollSchedule.DEFAULT),
                clock,
                FollowDriver.started(id, clock, Duration.ofMinutes(30), ReadyPolicy.CONTINUE));
        first.until(
                poll -> poll.state().targets().stream().anyMatch(t -> t.status().equals("Succeeded")));
        before.close();

        FollowState restored = StateSerialization.roundTrip(first.state());
        assertThat(restored.deploymentId()).isEqualTo(id);
        assertThat(restored.readyPolicy()).isEqualTo(ReadyPolicy.CONTINUE);
        assertThat(restored.targets()).extracting(TargetProgress::status).contains("Succeeded");
        assertThat(restored.targets().get(0).lifecycleEvents())
                .isEqualTo(first.state().targets().get(0).lifecycleEvents());
        assertThat(restored.lastStatus()).isEqualTo("InProgress");

        CodeDeployClient after = aws.codeDeployClient(override -> {});
        FollowDriver resumed = new FollowDriver(new DeploymentFollower(after, PollSchedule.DEFAULT), clock, restored);
        DeploymentOutcome outcome = resumed.follow();

        assertThat(outcome.deploymentId()).isEqualTo(id);
        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.FAILED);
        assertThat(outcome.startedAt()).isEqualTo(first.state().startedAt());
        assertThat(outcome.failedTargets()).extracting(TargetProgress::targetId).containsExactly("i-canary2");
        List<String> whole = new ArrayList<>(first.log);
        whole.addAll(resumed.log);
        assertThat(whole)
                .as("nothing logged twice across the restart")
                .containsOnlyOnce("i-canary1: target Succeeded", "i-canary1: ApplicationStop Succeeded")
                .contains("i-canary2: AfterInstall Failed", "        exit 3");
        assertThat(resumed.log).doesNotContain("i-canary1: target Succeeded");
    }

    @Test
    void shouldHoldNoRecordsAnywhereInTheState(AwsSimulator aws, SimulatedClock clock) {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(3));
        CodeDeployClient client = aws.codeDeployClient();
        String id = new DeploymentStarter(client)
                .start(new DeploymentRequest("BucketList", "Canary", TargetProgressFollowTest.REVISION, null, null));
        FollowDriver driver = new FollowDriver(
                new DeploymentFollower(client, PollSchedule.DEFAULT),
                clock,
                FollowDriver.started(id, clock, Duration.ofMinutes(30), ReadyPolicy.WAIT));
        driver.until(poll -> !poll.state().targets().isEmpty());

        List<Class<?>> records = StateSerialization.records(driver.state());

        assertThat(records).isEmpty();
    }
}
