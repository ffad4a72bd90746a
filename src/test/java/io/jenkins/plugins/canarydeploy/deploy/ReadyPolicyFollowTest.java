package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

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
import software.amazon.awssdk.services.codedeploy.model.DeploymentWaitType;

/** The Ready state of blue/green deployments: continue at once, or wait until a person approves. */
@ExtendWith(AwsSimulatorExtension.class)
class ReadyPolicyFollowTest {
    private AwsSimulator aws;
    private SimulatedClock clock;
    private CodeDeployClient client;

    @BeforeEach
    void blueGreenGroup(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        client = aws.codeDeployClient();
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .blueGreen()
                .targets("i-green1", "i-green2")
                .nextDeployment()
                .readyAt(Duration.ofSeconds(40))
                .afterContinue()
                .succeedsAt(Duration.ofSeconds(30));
    }

    @Test
    void shouldSendContinueDeploymentOnceWhenThePolicyIsContinue() {
        FollowDriver driver = driver(ReadyPolicy.CONTINUE);

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        RecordedRequest proceed = aws.requests("ContinueDeployment").get(0);
        assertThat(aws.requests("ContinueDeployment")).hasSize(1);
        assertThat(proceed.body().path("deploymentId").asText()).isEqualTo(outcome.deploymentId());
        assertThat(proceed.body().path("deploymentWaitType").asText()).isEqualTo("READY_WAIT");
        assertThat(driver.log)
                .anySatisfy(
                        line -> assertThat(line).contains(": Ready (targets:").contains("2 ready"))
                .anySatisfy(line -> assertThat(line).contains("rerouting traffic to the new targets"))
                .contains("i-green1: target Ready", "i-green1: target Succeeded");
    }

    @Test
    void shouldWaitForApprovalThenContinueWhenTold() {
        FollowDriver driver = driver(ReadyPolicy.WAIT);

        Poll waiting = driver.until(Poll::waitingForApproval);
        assertThat(waiting.state().awaitingApproval()).isTrue();
        assertThat(driver.log).last().asString().contains("is Ready: waiting for approval to reroute traffic");

        Poll stillWaiting = driver.until(
                poll -> driver.now().isAfter(waiting.state().deadline().minusSeconds(3000)));
        assertThat(stillWaiting.waitingForApproval())
                .as("waits as long as nobody decides")
                .isTrue();
        assertThat(aws.requests("ContinueDeployment")).isEmpty();
        assertThat(driver.log)
                .filteredOn(line -> line.contains("waiting for approval"))
                .hasSize(1);

        Poll approved = driver.take(
                new DeploymentFollower(client, PollSchedule.DEFAULT).continueDeployment(driver.state(), driver.now()));
        assertThat(approved.waitingForApproval()).isFalse();
        assertThat(approved.nextDelay()).isEqualTo(PollSchedule.DEFAULT.initial());
        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(aws.requests("ContinueDeployment")).hasSize(1);
    }

    @Test
    void shouldStopWaitingWhenSomeoneContinuesInTheConsole() {
        FollowDriver driver = driver(ReadyPolicy.WAIT);
        Poll waiting = driver.until(Poll::waitingForApproval);

        client.continueDeployment(
                r -> r.deploymentId(waiting.state().deploymentId()).deploymentWaitType(DeploymentWaitType.READY_WAIT));
        Poll moving = driver.until(poll -> !poll.waitingForApproval());

        assertThat(moving.state().awaitingApproval()).isFalse();
        assertThat(driver.follow().verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(aws.requests("ContinueDeployment")).as("only the console's").hasSize(1);
    }

    @Test
    void shouldStillWaitAtReadyAfterAnApprovalThatCameTooEarly() {
        FollowDriver driver = driver(ReadyPolicy.WAIT);
        DeploymentFollower follower = new DeploymentFollower(client, PollSchedule.DEFAULT);
        driver.until(poll -> "InProgress".equals(poll.state().lastStatus()));

        driver.take(follower.continueDeployment(driver.state(), driver.now()));
        assertThat(driver.log).last().asString().endsWith("is not Ready; nothing to continue");
        assertThat(driver.until(Poll::waitingForApproval).waitingForApproval()).isTrue();
        driver.take(follower.continueDeployment(driver.state(), driver.now()));

        assertThat(driver.follow().verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
    }

    @Test
    void shouldTryContinuingAgainAfterThrottling() {
        aws.faults().failNext("ContinueDeployment", 3, Fault.throttling());
        FollowDriver driver = driver(ReadyPolicy.CONTINUE);

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(driver.log)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Could not continue deployment")
                        .endsWith("trying again on the next poll"));
        assertThat(aws.requests("ContinueDeployment").stream()
                        .filter(r -> r.fault().isEmpty()))
                .hasSize(1);
    }

    @Test
    void shouldReadThePolicyFieldAndNameTheFix() {
        assertThat(ReadyPolicy.fromText(" continue ")).contains(ReadyPolicy.CONTINUE);
        assertThat(ReadyPolicy.fromText("")).contains(ReadyPolicy.WAIT);
        assertThat(ReadyPolicy.check("Wait")).isEmpty();
        assertThat(ReadyPolicy.check("later"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("'later'")
                        .contains("continue")
                        .contains("wait"));
    }

    private FollowDriver driver(ReadyPolicy policy) {
        String id = new DeploymentStarter(client)
                .start(new DeploymentRequest("BucketList", "Canary", TargetProgressFollowTest.REVISION, null, null));
        return new FollowDriver(
                new DeploymentFollower(client, PollSchedule.DEFAULT),
                clock,
                FollowDriver.started(id, clock, Duration.ofHours(1), policy));
    }
}
