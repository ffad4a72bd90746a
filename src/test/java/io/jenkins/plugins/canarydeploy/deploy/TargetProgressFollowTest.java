package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.Diagnostics;
import io.jenkins.plugins.canarydeploy.fixtures.aws.Fault;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;
import software.amazon.awssdk.services.codedeploy.model.ErrorCode;

/** Per-target lifecycle events in the build log and the outcome, read only when worth the API calls. */
@ExtendWith(AwsSimulatorExtension.class)
class TargetProgressFollowTest {
    static final S3Revision REVISION = new S3Revision("bundles", "bucketlist/build-7.tgz", "tgz", "abc", "v7");
    private static final String LOG_TAIL = "[stdout]checking http://localhost:8080/health\n"
            + "[stderr]curl: (7) Failed to connect to localhost port 8080\n";

    private AwsSimulator aws;
    private SimulatedClock clock;
    private CodeDeployClient client;

    @BeforeEach
    void connect(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        client = aws.codeDeployClient();
    }

    @Test
    void shouldLogEachTargetsLifecycleEventsAsTheyHappen() {
        aws.codeDeploy().group("BucketList", "Canary").targets("i-canary1", "i-canary2");
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(10));
        FollowDriver driver = driver(start());

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.SUCCESS);
        assertThat(driver.log)
                .containsSubsequence(
                        "i-canary1: ApplicationStop Succeeded",
                        "i-canary1: BeforeInstall Succeeded",
                        "i-canary1: ValidateService Succeeded",
                        "i-canary1: target Succeeded",
                        "i-canary2: ApplicationStop Succeeded",
                        "i-canary2: ValidateService Succeeded",
                        "i-canary2: target Succeeded")
                .containsOnlyOnce("i-canary1: BeforeInstall Succeeded", "i-canary2: target Succeeded");
        assertThat(driver.log.indexOf("i-canary1: target Succeeded"))
                .as("streamed while the deployment ran, not only at its end")
                .isLessThan(driver.log.indexOf("i-canary2: ApplicationStop Succeeded"));
        assertThat(outcome.targets())
                .extracting(TargetProgress::targetId, TargetProgress::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("i-canary1", "Succeeded"),
                        org.assertj.core.groups.Tuple.tuple("i-canary2", "Succeeded"));
        assertThat(outcome.targets().get(0).lifecycleEvents()).containsEntry("AfterInstall", "Succeeded");
    }

    @Test
    void shouldShowTheFailedHookItsErrorAndLogTailInTheLogAndTheOutcome() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .targets("i-canary1", "i-canary2")
                .nextDeployment()
                .failTarget("i-canary1", "ValidateService", Diagnostics.scriptFailed("scripts/validate.sh", LOG_TAIL))
                // 7 hooks of 20 s each between InProgress (1 s) and the failure
                .failAt(Duration.ofSeconds(141), ErrorCode.HEALTH_CONSTRAINTS, "Too many individual instances failed");
        FollowDriver driver = driver(start());

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.FAILED);
        assertThat(outcome.buildResult()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.errorCode()).isEqualTo("HEALTH_CONSTRAINTS");
        assertThat(driver.log)
                .containsSubsequence(
                        "i-canary1: AfterInstall Succeeded",
                        "i-canary1: ValidateService Failed",
                        "    hook: ValidateService, error code: ScriptFailed, script: scripts/validate.sh",
                        "    message: Script at specified location: scripts/validate.sh run as user root failed with"
                                + " exit code 1",
                        "    log tail:",
                        "        [stdout]checking http://localhost:8080/health",
                        "        [stderr]curl: (7) Failed to connect to localhost port 8080",
                        "i-canary1: target Failed")
                .contains("i-canary2: target Skipped");
        TargetProgress failed = outcome.failedTargets().get(0);
        assertThat(failed.targetId()).isEqualTo("i-canary1");
        assertThat(failed.failedHook()).isEqualTo("ValidateService");
        assertThat(failed.errorCode()).isEqualTo("ScriptFailed");
        assertThat(failed.logTail()).isEqualTo(LOG_TAIL);
        assertThat(outcome.summary())
                .contains("Failed (HEALTH_CONSTRAINTS: Too many individual instances failed)")
                .contains("failed targets: i-canary1 Failed (ValidateService: ScriptFailed)");
        assertThat(outcome.targetTable())
                .first()
                .asString()
                .contains("i-canary1")
                .contains("Failed")
                .contains("ValidateService ScriptFailed");
        assertThat(outcome.toMap().get("targets"))
                .asList()
                .first()
                .hasFieldOrPropertyWithValue("failedHook", "ValidateService");
    }

    @Test
    void shouldReadTargetsOnlyWhenTheOverviewChangesOrAfterTheRefreshInterval() {
        aws.codeDeploy().group("BucketList", "Canary").targets("i-1", "i-2", "i-3");
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(30));
        FollowDriver driver = driver(start());
        aws.clearRequests();

        driver.follow();

        int polls = aws.requests("GetDeployment").size();
        assertThat(aws.requests("ListDeploymentTargets")).as("ids listed once").hasSize(1);
        assertThat(aws.requests("BatchGetDeploymentTargets").size())
                .as("4 overview changes, a refresh every 2 min while a target works, and the end")
                .isBetween(10, 20);
        assertThat(aws.requests().size()).isLessThanOrEqualTo(polls + 21);
        assertThat(aws.requests().size() / 30.0).as("calls per minute").isLessThanOrEqualTo(6);
    }

    @Test
    void shouldAskForAtMost25TargetsACallAndNotReadFinishedTargetsAgain() {
        String[] ids = IntStream.rangeClosed(1, 30).mapToObj(i -> "i-web" + i).toArray(String[]::new);
        aws.codeDeploy().group("BucketList", "Canary").targets(ids).deploymentConfigName("CodeDeployDefault.AllAtOnce");
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .nextDeployment()
                .at(Duration.ofSeconds(1), DeploymentStatus.IN_PROGRESS)
                .succeedsAt(Duration.ofMinutes(2));
        FollowDriver driver = driver(start());

        DeploymentOutcome outcome = driver.follow();

        List<RecordedRequest> reads = aws.requests("BatchGetDeploymentTargets");
        assertThat(reads)
                .allSatisfy(read ->
                        assertThat(read.body().path("targetIds").size()).isBetween(1, TargetReader.MAX_IDS_PER_CALL));
        assertThat(outcome.targets()).hasSize(30).allMatch(t -> t.status().equals("Succeeded"));
        assertThat(driver.log)
                .filteredOn(line -> line.endsWith(": target Succeeded"))
                .hasSize(30);
    }

    @Test
    void shouldKeepFollowingTheStatusWhenTargetsCannotBeRead() {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(2));
        aws.faults().failNext("ListDeploymentTargets", 1, Fault.error(400, "AccessDeniedException", "not authorized"));
        FollowDriver driver = driver(start());

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(driver.log)
                .filteredOn(line -> line.startsWith("Cannot read the targets"))
                .singleElement()
                .asString()
                .contains("codedeploy:ListDeploymentTargets");
        assertThat(aws.requests("ListDeploymentTargets")).as("not asked again").hasSize(1);
        assertThat(aws.requests("BatchGetDeploymentTargets")).isEmpty();
    }

    @Test
    void shouldRetryATargetReadThatWasThrottledOnTheNextPoll() {
        aws.codeDeploy().group("BucketList", "Canary").targets("i-canary1");
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(5));
        aws.faults().failNext("BatchGetDeploymentTargets", 3, Fault.throttling());
        aws.faults().failNext("ListDeploymentTargets", 3, Fault.serverError(500));
        FollowDriver driver = driver(start());

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(driver.log).contains("i-canary1: ApplicationStop Succeeded", "i-canary1: target Succeeded");
        assertThat(driver.log).noneMatch(line -> line.startsWith("Cannot read the targets"));
    }

    private String start() {
        return new DeploymentStarter(client).start(new DeploymentRequest("BucketList", "Canary", REVISION, null, null));
    }

    private FollowDriver driver(String id) {
        return new FollowDriver(
                new DeploymentFollower(client, PollSchedule.DEFAULT),
                clock,
                FollowDriver.started(id, clock, Duration.ofHours(1), ReadyPolicy.WAIT));
    }
}
