package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.Fault;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/** Throttling and server errors while following, and the timeout that stops the deployment with rollback. */
@ExtendWith(AwsSimulatorExtension.class)
class FollowFaultsTest {
    private AwsSimulator aws;
    private SimulatedClock clock;
    private CodeDeployClient client;

    @BeforeEach
    void connect(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        client = aws.codeDeployClient();
        aws.codeDeploy().group("BucketList", "Canary").targets("i-canary1", "i-canary2");
    }

    @Test
    void shouldRideOutThrottlingAndServerErrorsOnEveryCall() {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(4));
        FollowDriver driver = driver(start(), Duration.ofHours(1));
        aws.faults().failRandomly("*", 0.3, 42, Fault.throttling());
        aws.faults().failRandomly("*", 0.1, 7, Fault.serverError(503));

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(outcome.targets()).extracting(TargetProgress::status).containsOnly("Succeeded");
        assertThat(aws.requests()).anyMatch(r -> r.fault().isPresent());
        assertThat(driver.log).containsOnlyOnce("i-canary2: target Succeeded");
    }

    @Test
    void shouldSayWhenItTriesAgainAndGiveUpAfterFiveFailedPollsInARow() {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(4));
        FollowDriver driver = driver(start(), Duration.ofHours(1));
        aws.faults().failNext("GetDeployment", 3 * 4, Fault.serverError(500)); // 4 polls of 3 attempts

        Poll fourth = driver.until(poll -> poll.state().consecutiveErrors() == 4);
        assertThat(driver.log).last().asString().contains("failed").contains("trying again in");
        assertThat(driver.follow().verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);

        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(4));
        FollowDriver failing = driver(start(), Duration.ofHours(1));
        aws.faults().failNext("GetDeployment", 3 * 5, Fault.serverError(500));
        assertThatThrownBy(failing::follow)
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("Could not read the status of deployment");
        assertThat(fourth.state().consecutiveErrors()).isEqualTo(4);
    }

    @Test
    void shouldStopWithRollbackAtTheTimeoutAndReportTheRollback() {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofHours(2));
        FollowDriver driver = driver(start(), Duration.ofMinutes(10));

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.TIMED_OUT);
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.errorMessage()).startsWith("did not finish within 10 min; stop with rollback requested");
        RecordedRequest stop = aws.requests("StopDeployment").get(0);
        assertThat(stop.body().path("deploymentId").asText()).isEqualTo(outcome.deploymentId());
        assertThat(stop.body().path("autoRollbackEnabled").asBoolean()).isTrue();
        assertThat(outcome.status()).isEqualTo("Stopped");
        assertThat(outcome.rollbackDeploymentId()).isNotNull();
        assertThat(outcome.targets()).hasSize(2);
        assertThat(outcome.finishedAt()).isAfterOrEqualTo(outcome.startedAt().plus(Duration.ofMinutes(10)));
    }

    @Test
    void shouldReportHowItEndedWhenItCompletedJustBeforeTheTimeout() {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(9));
        FollowDriver driver = driver(start(), Duration.ofMinutes(10));
        driver.until(poll -> driver.now().isAfter(driver.state().startedAt().plus(Duration.ofMinutes(8))));
        clock.advance(Duration.ofMinutes(5)); // the timer fired late: past both the end and the deadline

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(aws.requests("StopDeployment")).hasSize(1);
    }

    private String start() {
        return new DeploymentStarter(client)
                .start(new DeploymentRequest("BucketList", "Canary", TargetProgressFollowTest.REVISION, null, null));
    }

    private FollowDriver driver(String id, Duration timeout) {
        return new FollowDriver(
                new DeploymentFollower(client, PollSchedule.DEFAULT),
                clock,
                FollowDriver.started(id, clock, timeout, ReadyPolicy.WAIT));
    }
}
