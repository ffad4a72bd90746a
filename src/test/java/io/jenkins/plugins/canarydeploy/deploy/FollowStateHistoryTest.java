package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;

/** The follow state remembers each status once, when a poll first saw it: the deployment's timeline. */
@ExtendWith(AwsSimulatorExtension.class)
class FollowStateHistoryTest {
    @Test
    void shouldRecordEachStatusOnceWhenFirstSeen(AwsSimulator aws, SimulatedClock clock) {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .targets("i-canary1")
                .nextDeployment()
                .at(Duration.ofSeconds(5), DeploymentStatus.IN_PROGRESS)
                .succeedsAt(Duration.ofSeconds(60));
        String id = new DeploymentStarter(aws.codeDeployClient())
                .start(new DeploymentRequest(
                        "BucketList", "Canary", new S3Revision("releases", "app.zip", "zip", null, null), null, null));
        Instant start = clock.instant();
        FollowDriver driver = new FollowDriver(
                new DeploymentFollower(aws.codeDeployClient(), PollSchedule.DEFAULT),
                clock,
                FollowState.started(id, "Canary", start, Duration.ofMinutes(5), PollSchedule.DEFAULT));

        driver.follow();

        FollowState state = driver.state();
        assertThat(state.history())
                .extracting(StatusChange::status)
                .containsExactly("Created", "InProgress", "Succeeded");
        assertThat(state.history().get(2).seenAt()).isAfterOrEqualTo(start.plusSeconds(60));
        assertThat(Duration.between(
                        start.plusSeconds(60), state.history().get(2).seenAt()))
                .isLessThanOrEqualTo(PollSchedule.DEFAULT.ceiling());
    }
}
