package io.jenkins.plugins.canarydeploy.canary.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.canarydeploy.aws.AwsClients;
import io.jenkins.plugins.canarydeploy.aws.AwsConnection;
import io.jenkins.plugins.canarydeploy.canary.CanaryVerdict;
import io.jenkins.plugins.canarydeploy.canary.CanaryWatch;
import io.jenkins.plugins.canarydeploy.canary.CheckOutcome;
import io.jenkins.plugins.canarydeploy.canary.CheckRecord;
import io.jenkins.plugins.canarydeploy.canary.CheckResult;
import io.jenkins.plugins.canarydeploy.canary.FiringAlert;
import io.jenkins.plugins.canarydeploy.canary.WatchPoll;
import io.jenkins.plugins.canarydeploy.canary.WatchSettings;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.Fault;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** The judge reading the canary's and production's series from the CloudWatch simulator, alone and in a watch. */
@ExtendWith(AwsSimulatorExtension.class)
class CloudWatchJudgeSourceTest {
    private static final Instant START = SimulatedClock.DEFAULT_START;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Map<String, String> PROD = Map.of("DeploymentGroup", "ProdDeploy");
    private static final Map<String, String> CANARY = Map.of("DeploymentGroup", "Canary");
    private static final CanaryJudge JUDGE = new CanaryJudge(
            List.of(
                    MetricSpec.of("latency", "Shop", "Latency")
                            .statistic("p99")
                            .splitBy("DeploymentGroup", "ProdDeploy", "Canary")
                            .direction(Direction.INCREASE),
                    MetricSpec.of("errors", "Shop", "Errors")
                            .statistic("Sum")
                            .splitBy("DeploymentGroup", "ProdDeploy", "Canary")
                            .direction(Direction.INCREASE)),
            JudgeSettings.DEFAULTS);
    private static final WatchSettings TEN_MINUTES =
            WatchSettings.bakeFor(Duration.ofMinutes(10)).pollingEvery(MINUTE);

    private static final double[] PROD_LATENCY = {118, 121, 125, 119, 122, 120, 117, 123, 124, 121};
    private static final double[] PROD_ERRORS = {0, 1, 0, 2, 1, 0, 1, 0, 0, 1};
    private static final double[] CANARY_ERRORS = {1, 0, 0, 1, 2, 0, 0, 1, 0, 1};

    @Test
    void shouldFailTheWatchWhenTheCanarysLatencyRegresses(AwsSimulator simulator, SimulatedClock clock) {
        script(simulator, new double[] {240, 251, 262, 238, 255, 249, 244, 258, 250, 247});

        try (CloudWatchClient client = AwsClients.cloudWatch(
                new AwsConnection("us-east-1", simulator.endpoint(), simulator.credentialsProvider()))) {
            CloudWatchJudgeSource source = new CloudWatchJudgeSource(client, JUDGE, clock.instant());
            WatchPoll last = runToDecision(new CanaryWatch(List.of(source), TEN_MINUTES), clock);

            assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.FAIL);
            assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
            assertThat(last.state().timeline())
                    .extracting(CheckRecord::outcome)
                    .containsExactly(
                            CheckOutcome.NO_DATA,
                            CheckOutcome.NO_DATA,
                            CheckOutcome.NO_DATA,
                            CheckOutcome.NO_DATA,
                            CheckOutcome.NO_DATA,
                            CheckOutcome.FIRING);
            FiringAlert alert = last.decision().alerts().get(0);
            assertThat(alert.name()).isEqualTo("CanaryScore");
            assertThat(alert.source()).isEqualTo("CloudWatch canary judge [latency, errors]");
            assertThat(alert.details())
                    .containsEntry("score", "50")
                    .containsEntry("verdict", "FAIL")
                    .containsEntry(
                            "scoring",
                            "50 = 100 x 1 passing weight / 2 judged weight (pass: errors 1; fail: latency 1 HIGH)");
            assertThat(alert.details().get("metric.latency"))
                    .isEqualTo("latency HIGH (weight 1): baseline n=5 median 121, canary n=5 median 251, U=25"
                            + " p=0.009023, mean ratio 2.06; canary higher (p = 0.009023 < 0.02) and the mean ratio"
                            + " 2.06 is beyond the allowed increase 1");
            assertThat(last.log()).anySatisfy(line -> assertThat(line).contains("FAIL", "CanaryScore", "score 50"));
            assertThat(source.lastReport())
                    .hasValueSatisfying(report -> assertThat(report.metrics())
                            .allSatisfy(
                                    metric -> assertThat(metric.controlCount()).isEqualTo(5)));
            assertThat(simulator.requests("GetMetricData"))
                    .as("one call per check from the first minute on, each over the window so far")
                    .extracting(request -> request.body().path("StartTime").asLong() + "-"
                            + request.body().path("EndTime").asLong())
                    .containsExactly(window(1), window(2), window(3), window(4), window(5));
        }
    }

    @Test
    void shouldPassTheWatchWhenCanaryAndProductionMatch(AwsSimulator simulator, SimulatedClock clock) {
        script(simulator, new double[] {120, 118, 124, 122, 119, 121, 125, 117, 123, 120});
        CloudWatchJudgeSource source = new CloudWatchJudgeSource(simulator.cloudWatchClient(), JUDGE, clock.instant());

        WatchPoll last = runToDecision(new CanaryWatch(List.of(source), TEN_MINUTES), clock);

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.PASS);
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        List<CheckOutcome> expected = new ArrayList<>(Collections.nCopies(5, CheckOutcome.NO_DATA));
        expected.addAll(Collections.nCopies(6, CheckOutcome.CLEAR));
        assertThat(last.state().timeline()).extracting(CheckRecord::outcome).isEqualTo(expected);
        assertThat(source.lastReport()).hasValueSatisfying(report -> {
            assertThat(report.verdict()).isEqualTo(JudgeVerdict.PASS);
            assertThat(report.score()).isEqualTo(100);
            assertThat(report.metrics())
                    .extracting(MetricResult::experimentCount)
                    .containsExactly(10, 10);
        });
    }

    @Test
    void shouldAskForBothSeriesOfEveryMetricInOneCallOverTheWindowSoFar(AwsSimulator simulator, SimulatedClock clock) {
        script(simulator, PROD_LATENCY);
        CloudWatchJudgeSource source = new CloudWatchJudgeSource(simulator.cloudWatchClient(), JUDGE, START);
        clock.advance(Duration.ofMinutes(7).plusSeconds(20));

        source.check(clock.instant());

        assertThat(simulator.requests("GetMetricData")).singleElement().satisfies(request -> {
            JsonNode body = request.body();
            assertThat(body.path("StartTime").asLong()).isEqualTo(START.getEpochSecond());
            assertThat(body.path("EndTime").asLong()).isEqualTo(clock.instant().getEpochSecond());
            assertThat(body.path("ScanBy").asText()).isEqualTo("TimestampAscending");
            assertThat(body.path("MetricDataQueries"))
                    .extracting(query -> query.path("Id").asText())
                    .containsExactly("latency_control", "latency_experiment", "errors_control", "errors_experiment");
            JsonNode canaryLatency = body.path("MetricDataQueries").get(1);
            assertThat(canaryLatency.path("Label").asText()).isEqualTo("latency canary");
            assertThat(canaryLatency.path("MetricStat").path("Stat").asText()).isEqualTo("p99");
            assertThat(canaryLatency.path("MetricStat").path("Period").asInt()).isEqualTo(60);
            JsonNode metric = canaryLatency.path("MetricStat").path("Metric");
            assertThat(metric.path("Namespace").asText()).isEqualTo("Shop");
            assertThat(metric.path("MetricName").asText()).isEqualTo("Latency");
            assertThat(metric.path("Dimensions").get(0).path("Name").asText()).isEqualTo("DeploymentGroup");
            assertThat(metric.path("Dimensions").get(0).path("Value").asText()).isEqualTo("Canary");
        });
        assertThat(source.lastReport().orElseThrow().metrics())
                .extracting(MetricResult::controlCount)
                .containsExactly(8, 8);
    }

    @Test
    void shouldFollowNextTokenThroughEveryPage(AwsSimulator simulator, SimulatedClock clock) {
        script(simulator, PROD_LATENCY);
        simulator.cloudWatch().metricDataPageSize(7);
        CloudWatchJudgeSource source = new CloudWatchJudgeSource(simulator.cloudWatchClient(), JUDGE, START);
        clock.advance(Duration.ofMinutes(10));

        CheckResult result = source.check(clock.instant());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.CLEAR);
        List<RecordedRequest> requests = simulator.requests("GetMetricData");
        assertThat(requests)
                .extracting(request -> request.body().path("NextToken").asText(null))
                .containsExactly(null, "7", "14", "21", "28", "35");
        assertThat(source.lastReport().orElseThrow().metrics()).allSatisfy(metric -> {
            assertThat(metric.controlCount()).isEqualTo(10);
            assertThat(metric.experimentCount()).isEqualTo(10);
        });
        assertThat(source.lastReport().orElseThrow().metrics().get(0).controlMedian())
                .isEqualTo(121);
    }

    @Test
    void shouldReportNoDataBeforeTheWindowAndWhileDatapointsAreFew(AwsSimulator simulator, SimulatedClock clock) {
        script(simulator, PROD_LATENCY);
        CloudWatchJudgeSource source = new CloudWatchJudgeSource(simulator.cloudWatchClient(), JUDGE, START);

        CheckResult atStart = source.check(START);
        clock.advance(Duration.ofMinutes(3));
        CheckResult early = source.check(clock.instant());

        assertThat(atStart.outcome()).isEqualTo(CheckOutcome.NO_DATA);
        assertThat(atStart.detail()).isEqualTo("canary judge: the window starts at " + START);
        assertThat(early.outcome()).isEqualTo(CheckOutcome.NO_DATA);
        assertThat(early.detail()).isEqualTo("canary judge forced to 0 as 2 of 2 metrics have no data (at least half)");
        assertThat(source.lastReport().orElseThrow().metrics().get(0).explanation())
                .isEqualTo("3 baseline and 3 canary datapoints, 5 each needed: left out of the score");
    }

    @Test
    void shouldTurnRefusedAndUnreadableAnswersIntoErrors(AwsSimulator simulator, SimulatedClock clock) {
        script(simulator, PROD_LATENCY);
        simulator
                .faults()
                .failNext(
                        "GetMetricData",
                        1,
                        Fault.error(
                                403,
                                "AccessDenied",
                                "User: arn:aws:iam::123456789012:user/jenkins is not authorized to perform:"
                                        + " cloudwatch:GetMetricData"))
                .failNext("GetMetricData", 3, Fault.serverError(503))
                .failNext("GetMetricData", 1, Fault.error(200, "Garbled", "not a GetMetricData answer"));
        CloudWatchJudgeSource source = new CloudWatchJudgeSource(simulator.cloudWatchClient(), JUDGE, START);
        clock.advance(Duration.ofMinutes(6));

        CheckResult refused = source.check(clock.instant());
        CheckResult unavailable = source.check(clock.instant());
        CheckResult garbled = source.check(clock.instant());
        CheckResult recovered = source.check(clock.instant());

        assertThat(refused.outcome()).isEqualTo(CheckOutcome.ERROR);
        assertThat(refused.detail())
                .startsWith(
                        "GetMetricData failed: User: arn:aws:iam::123456789012:user/jenkins is" + " not authorized");
        assertThat(unavailable.outcome()).isEqualTo(CheckOutcome.ERROR);
        assertThat(unavailable.detail()).startsWith("GetMetricData failed: ").contains("503");
        assertThat(garbled.outcome()).isEqualTo(CheckOutcome.ERROR);
        assertThat(garbled.detail())
                .isEqualTo("GetMetricData answered what cannot be judged: no result for query latency_control; no"
                        + " result for query latency_experiment; no result for query errors_control; no result for"
                        + " query errors_experiment");
        assertThat(recovered.outcome()).isEqualTo(CheckOutcome.CLEAR);
        assertThat(simulator.requests("GetMetricData")).hasSize(6);
    }

    /** Ten minutes of one datapoint a minute: production's latency and both groups' errors, and the canary's latency. */
    private static void script(AwsSimulator simulator, double[] canaryLatency) {
        simulator.cloudWatch().metricSeries("Shop", "Latency", PROD).points(START, MINUTE, PROD_LATENCY);
        simulator.cloudWatch().metricSeries("Shop", "Latency", CANARY).points(START, MINUTE, canaryLatency);
        simulator.cloudWatch().metricSeries("Shop", "Errors", PROD).points(START, MINUTE, PROD_ERRORS);
        simulator.cloudWatch().metricSeries("Shop", "Errors", CANARY).points(START, MINUTE, CANARY_ERRORS);
    }

    private static String window(int minutes) {
        return START.getEpochSecond() + "-"
                + START.plus(Duration.ofMinutes(minutes)).getEpochSecond();
    }

    /** Polls as a timer would, moving the simulated clock by each next delay. */
    private static WatchPoll runToDecision(CanaryWatch watch, SimulatedClock clock) {
        WatchState state = watch.start(clock.instant());
        List<String> log = new ArrayList<>();
        for (int polls = 0; polls < 100; polls++) {
            WatchPoll poll = watch.poll(state, clock.instant());
            log.addAll(poll.log());
            if (poll.decided()) {
                return poll;
            }
            state = poll.state();
            clock.advance(poll.nextDelay());
        }
        throw new AssertionError("no decision after 100 polls: " + log);
    }
}
