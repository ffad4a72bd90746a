package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.aws.AwsClients;
import io.jenkins.plugins.canarydeploy.aws.AwsConnection;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.Fault;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;
import software.amazon.awssdk.services.codedeploy.model.ErrorCode;

/** Creates deployments and follows them, poll by poll on a simulated clock, through the real SDK client. */
@ExtendWith(AwsSimulatorExtension.class)
class DeploymentFollowerTest {
    private static final S3Revision REVISION = new S3Revision(
            "milestone3shraddha",
            "bucketlist/build-7.zip",
            "zip",
            "\"9b2cf535f27731c974343645a3985328\"",
            "v0000000000000003");
    private static final PollSchedule SCHEDULE = PollSchedule.DEFAULT;

    private AwsSimulator aws;
    private SimulatedClock clock;
    private CodeDeployClient client;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void connect(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        aws.codeDeploy().group("BucketList", "Canary").targets("i-canary1");
        aws.codeDeploy().group("BucketList", "ProdDeploy").targets("i-prod1", "i-prod2");
        client = AwsClients.codeDeploy(new AwsConnection("us-east-1", aws.endpoint(), aws.credentialsProvider()));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void shouldCreateTheDeploymentOfExactlyThePushedRevision() {
        new DeploymentStarter(client).start(request("ProdDeploy", null));

        RecordedRequest create = aws.requests("CreateDeployment").get(0);
        assertThat(create.signingService()).isEqualTo("codedeploy");
        assertThat(create.body().path("applicationName").asText()).isEqualTo("BucketList");
        assertThat(create.body().path("deploymentGroupName").asText()).isEqualTo("ProdDeploy");
        assertThat(create.body().path("description").asText()).isEqualTo("canary-demo #7");
        var location = create.body().path("revision").path("s3Location");
        assertThat(create.body().path("revision").path("revisionType").asText()).isEqualTo("S3");
        assertThat(location.path("bucket").asText()).isEqualTo("milestone3shraddha");
        assertThat(location.path("key").asText()).isEqualTo("bucketlist/build-7.zip");
        assertThat(location.path("bundleType").asText()).isEqualTo("zip");
        assertThat(location.path("eTag").asText()).isEqualTo("\"9b2cf535f27731c974343645a3985328\"");
        assertThat(location.path("version").asText()).isEqualTo("v0000000000000003");
        assertThat(create.body().has("deploymentConfigName"))
                .as("left to the group")
                .isFalse();
        assertThat(create.body().has("fileExistsBehavior"))
                .as("not sent unless asked")
                .isFalse();
    }

    @Test
    void shouldFollowASuccessfulDeploymentToItsEnd() {
        aws.codeDeploy()
                .group("BucketList", "ProdDeploy")
                .nextDeployment()
                .at(Duration.ofSeconds(5), DeploymentStatus.IN_PROGRESS)
                .succeedsAt(Duration.ofMinutes(3));

        DeploymentOutcome outcome = follow("ProdDeploy", Duration.ofMinutes(30));

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(outcome.status()).isEqualTo("Succeeded");
        assertThat(outcome.duration()).isEqualTo(Duration.ofMinutes(3));
        assertThat(log).anySatisfy(line -> assertThat(line).contains(": InProgress"));
        assertThat(log)
                .anySatisfy(line -> assertThat(line)
                        .endsWith(": Succeeded (targets: 2 succeeded, 0 in progress, 0 pending, 0 failed, 0 skipped)"));
        assertThat(outcome.toMap()).containsEntry("verdict", "SUCCEEDED").containsEntry("durationSeconds", 180L);
        assertThat(aws.requests("GetDeployment").size())
                .as("adaptive polling over 3 minutes with a 15 s ceiling")
                .isBetween(12, 20);
    }

    @Test
    void shouldReportAFailedDeploymentWithItsErrorCode() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .nextDeployment()
                .failAt(
                        Duration.ofMinutes(2),
                        ErrorCode.HEALTH_CONSTRAINTS,
                        "The overall deployment failed because" + " too many individual instances failed deployment");

        DeploymentOutcome outcome = follow("Canary", Duration.ofMinutes(30));

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.FAILED);
        assertThat(outcome.errorCode()).isEqualTo("HEALTH_CONSTRAINTS");
        assertThat(outcome.summary()).contains("Failed (HEALTH_CONSTRAINTS: The overall deployment failed");
    }

    @Test
    void shouldRecogniseAStopByAlarmAndItsRollback() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .alarms("HighCPU")
                .nextDeployment()
                .alarmStopAt(Duration.ofMinutes(4), List.of("HighCPU"), "d-ROLLBACK1");

        DeploymentOutcome outcome = follow("Canary", Duration.ofMinutes(30));

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.STOPPED_BY_ALARM);
        assertThat(outcome.errorCode()).isEqualTo("ALARM_ACTIVE");
        assertThat(outcome.rollbackDeploymentId()).isEqualTo("d-ROLLBACK1");
    }

    @Test
    void shouldStopWithRollbackWhenTheTimeoutPasses() {
        aws.codeDeploy().group("BucketList", "ProdDeploy").nextDeployment().succeedsAt(Duration.ofHours(2));

        DeploymentOutcome outcome = follow("ProdDeploy", Duration.ofMinutes(10));

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.TIMED_OUT);
        assertThat(outcome.errorMessage()).startsWith("did not finish within 10 min; stop with rollback requested");
        RecordedRequest stop = aws.requests("StopDeployment").get(0);
        assertThat(stop.body().path("deploymentId").asText()).isEqualTo(outcome.deploymentId());
        assertThat(stop.body().path("autoRollbackEnabled").asBoolean()).isTrue();
    }

    @Test
    void shouldKeepFollowingThroughThrottlingAndServerErrors() {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(1));
        String id = new DeploymentStarter(client).start(request("Canary", null));
        aws.faults().failNext("GetDeployment", 3, Fault.throttling());
        aws.faults().failNext("GetDeployment", 3, Fault.serverError(503));

        DeploymentOutcome outcome = followStarted(id, "Canary", Duration.ofMinutes(30));

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(log).anySatisfy(line -> assertThat(line).contains("failed").contains("trying again in"));
    }

    @Test
    void shouldGiveUpAtOnceOnAnUnknownDeployment() {
        FollowState state =
                FollowState.started("d-NOSUCHONE", "Canary", clock.instant(), Duration.ofMinutes(5), SCHEDULE);
        DeploymentFollower follower = new DeploymentFollower(client, SCHEDULE);

        assertThatThrownBy(() -> follower.poll(state, clock.instant()))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("Could not read the status of deployment d-NOSUCHONE");
    }

    @Test
    void shouldStopTheDeploymentWhenAsked() {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(10));
        String id = new DeploymentStarter(client).start(request("Canary", null));

        String status = new DeploymentFollower(client, SCHEDULE).stop(id, true);

        assertThat(status).isIn("Pending", "Succeeded");
        assertThat(client.getDeployment(r -> r.deploymentId(id))
                        .deploymentInfo()
                        .statusAsString())
                .isEqualTo("Stopped");
    }

    private DeploymentRequest request(String group, String config) {
        return new DeploymentRequest("BucketList", group, REVISION, config, "canary-demo #7");
    }

    private DeploymentOutcome follow(String group, Duration timeout) {
        String id = new DeploymentStarter(client).start(request(group, null));
        return followStarted(id, group, timeout);
    }

    /** Drives the state machine as the step's timer does, advancing the simulated clock by each delay. */
    private DeploymentOutcome followStarted(String id, String group, Duration timeout) {
        FollowDriver driver = new FollowDriver(
                new DeploymentFollower(client, SCHEDULE),
                clock,
                FollowState.started(id, group, clock.instant(), timeout, SCHEDULE));
        DeploymentOutcome outcome = driver.follow();
        log.addAll(driver.log);
        return outcome;
    }
}
