package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.Diagnostics;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.ErrorCode;

/** Following a deployment to 60 targets: every target's events and a failed hook's diagnostics, within the budget. */
@ExtendWith(AwsSimulatorExtension.class)
class LargeFleetFollowTest {
    private static final int TARGETS = 60;
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
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .targets(IntStream.rangeClosed(1, TARGETS)
                        .mapToObj(i -> "i-web" + i)
                        .toArray(String[]::new));
    }

    @Test
    void shouldReportTheFailedTargetsHookErrorScriptAndLogTailAmongSixtyTargets() {
        aws.codeDeploy()
                .group("BucketList", "Canary")
                .nextDeployment()
                .failTarget("i-web42", "ValidateService", Diagnostics.scriptFailed("scripts/validate.sh", LOG_TAIL))
                // InProgress from 1 s; 41 targets, then i-web42's 7 hooks, 6 s each, before the failure
                .failAt(
                        Duration.ofSeconds(1 + 294 * 6),
                        ErrorCode.HEALTH_CONSTRAINTS,
                        "Too many individual instances failed");
        Instant start = clock.instant();
        FollowDriver driver = driver(start());

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.verdict()).isEqualTo(DeploymentVerdict.FAILED);
        assertThat(driver.log)
                .containsSubsequence(
                        "i-web41: target Succeeded",
                        "i-web42: ValidateService Failed",
                        "    hook: ValidateService, error code: ScriptFailed, script: scripts/validate.sh",
                        "    message: Script at specified location: scripts/validate.sh run as user root failed with"
                                + " exit code 1",
                        "    log tail:",
                        "        [stdout]checking http://localhost:8080/health",
                        "        [stderr]curl: (7) Failed to connect to localhost port 8080",
                        "i-web42: target Failed")
                .filteredOn(line -> line.endsWith(": target Succeeded"))
                .hasSize(41);
        assertThat(outcome.targets()).hasSize(TARGETS);
        assertThat(outcome.failedTargets()).singleElement().satisfies(failed -> {
            assertThat(failed.targetId()).isEqualTo("i-web42");
            assertThat(failed.failedHook()).isEqualTo("ValidateService");
            assertThat(failed.errorCode()).isEqualTo("ScriptFailed");
            assertThat(failed.scriptName()).isEqualTo("scripts/validate.sh");
            assertThat(failed.logTail()).isEqualTo(LOG_TAIL);
        });
        assertThat(outcome.targets().subList(42, TARGETS))
                .allMatch(t -> t.status().equals("Skipped"));
        assertWithinBudget(start);
    }

    @Test
    void shouldListTargetsOnceThenOnlyThoseStillPending() {
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(30));
        Instant start = clock.instant();
        FollowDriver driver = driver(start());

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.targets()).hasSize(TARGETS).allMatch(t -> t.status().equals("Succeeded"));
        assertThat(driver.log)
                .filteredOn(line -> line.endsWith(": target Succeeded"))
                .hasSize(TARGETS);
        assertThat(driver.log)
                .filteredOn(line -> line.endsWith(": ValidateService Succeeded"))
                .hasSize(TARGETS);
        Map<Boolean, List<RecordedRequest>> lists = aws.requests("ListDeploymentTargets").stream()
                .collect(Collectors.partitioningBy(r -> r.body().has("targetFilters")));
        assertThat(lists.get(false)).as("all ids listed once").hasSize(1);
        assertThat(lists.get(true))
                .as("then only the targets still pending")
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.body().path("targetFilters").toString())
                        .isEqualTo("{\"TargetStatus\":[\"Pending\"]}"));
        assertWithinBudget(start);
    }

    @Test
    void shouldSpreadReadsOfSixtyTargetsWorkingAtOnceOverPolls() {
        aws.codeDeploy().group("BucketList", "Canary").deploymentConfigName("CodeDeployDefault.AllAtOnce");
        aws.codeDeploy().group("BucketList", "Canary").nextDeployment().succeedsAt(Duration.ofMinutes(20));
        Instant start = clock.instant();
        FollowDriver driver = driver(start());

        DeploymentOutcome outcome = driver.follow();

        assertThat(outcome.targets()).hasSize(TARGETS).allMatch(t -> t.status().equals("Succeeded"));
        assertThat(driver.log)
                .filteredOn(line -> line.endsWith(": target Succeeded"))
                .hasSize(TARGETS);
        Map<Instant, Long> callsPerPoll = targetCalls().stream()
                .filter(r -> r.receivedAt().isBefore(driver.now()))
                .collect(Collectors.groupingBy(RecordedRequest::receivedAt, Collectors.counting()));
        assertThat(callsPerPoll.values())
                .as("before the end, no poll makes more target calls than the budget's burst")
                .allMatch(calls -> calls <= TargetCallBudget.BURST + TargetRefresh.MAX_OVERRUN);
        assertWithinBudget(start);
    }

    /**
     * Target calls stay within the budget (its burst, one call per spacing, a round's overrun and the last read), each
     * BatchGetDeploymentTargets asks for at most 25 ids, and all calls stay under 6 a minute.
     */
    private void assertWithinBudget(Instant start) {
        double minutes = Duration.between(start, clock.instant()).toMillis() / 60_000.0;
        long spaced = Math.round(Math.floor(minutes * 60 / TargetCallBudget.SPACING.toSeconds()));
        long lastRead = 1 + TargetReader.batches(TARGETS);
        assertThat(targetCalls()).hasSizeLessThanOrEqualTo((int)
                (TargetCallBudget.BURST + spaced + TargetRefresh.MAX_OVERRUN + lastRead));
        assertThat(aws.requests("BatchGetDeploymentTargets"))
                .allSatisfy(read ->
                        assertThat(read.body().path("targetIds").size()).isBetween(1, TargetReader.MAX_IDS_PER_CALL));
        assertThat(aws.requests().size() / minutes).as("calls per minute").isLessThanOrEqualTo(6);
    }

    private List<RecordedRequest> targetCalls() {
        return aws.requests().stream()
                .filter(r -> r.operation().endsWith("DeploymentTargets"))
                .toList();
    }

    private String start() {
        String id = new DeploymentStarter(client)
                .start(new DeploymentRequest("BucketList", "Canary", TargetProgressFollowTest.REVISION, null, null));
        aws.clearRequests();
        return id;
    }

    private FollowDriver driver(String id) {
        return new FollowDriver(
                new DeploymentFollower(client, PollSchedule.DEFAULT),
                clock,
                FollowDriver.started(id, clock, Duration.ofHours(1), ReadyPolicy.WAIT));
    }
}
