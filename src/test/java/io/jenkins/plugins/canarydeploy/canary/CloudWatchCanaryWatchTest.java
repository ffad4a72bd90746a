package io.jenkins.plugins.canarydeploy.canary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.Fault;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

@ExtendWith(AwsSimulatorExtension.class)
class CloudWatchCanaryWatchTest {
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final WatchSettings EVERY_MINUTE =
            WatchSettings.bakeFor(WINDOW).pollingEvery(Duration.ofMinutes(1));

    @Test
    void shouldFailWithTheAlarmReasonWhenAnAlarmFiresDuringTheWindow(AwsSimulator simulator, SimulatedClock clock) {
        simulator
                .cloudWatch()
                .alarm("HighCPU")
                .at(Duration.ofMinutes(3), StateValue.ALARM, "Threshold Crossed: 1 datapoint [93.5] > 80.0");
        CanaryWatch watch = watch(simulator, EVERY_MINUTE, "HighCPU");

        WatchPoll last = runToDecision(watch, clock);

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(last.state().lastCheckAt()).isEqualTo(SimulatedClock.DEFAULT_START.plus(Duration.ofMinutes(3)));
        FiringAlert alert = last.decision().alerts().get(0);
        assertThat(alert.name()).isEqualTo("HighCPU");
        assertThat(alert.details()).containsEntry("reason", "Threshold Crossed: 1 datapoint [93.5] > 80.0");
        assertThat(alert.startsAt()).isEqualTo(SimulatedClock.DEFAULT_START.plus(Duration.ofMinutes(3)));
        assertThat(last.log()).anySatisfy(line -> assertThat(line).contains("FAIL", "HighCPU", "93.5"));
    }

    @Test
    void shouldPassWhenTheWindowEndsWithAlarmsOk(AwsSimulator simulator, SimulatedClock clock) {
        simulator.cloudWatch().alarm("HighCPU");
        simulator.cloudWatch().alarm("HighLatency");
        CanaryWatch watch = new CanaryWatch(
                List.of(new CloudWatchAlarmSource(simulator.cloudWatchClient(), List.of(), "High")),
                EVERY_MINUTE.startingAfter(Duration.ofMinutes(2)));

        WatchPoll last = runToDecision(watch, clock);

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.PASS);
        assertThat(clock.instant()).isEqualTo(SimulatedClock.DEFAULT_START.plus(Duration.ofMinutes(12)));
        assertThat(last.state().timeline()).hasSize(11).allMatch(check -> check.outcome() == CheckOutcome.CLEAR);
    }

    @Test
    void shouldFailOnlyAfterTheConfiguredNumberOfConsecutiveFiringChecks(AwsSimulator simulator, SimulatedClock clock) {
        simulator
                .cloudWatch()
                .alarm("HighCPU")
                .at(Duration.ofMinutes(2), StateValue.ALARM, "spike")
                .at(Duration.ofMinutes(4), StateValue.OK, "back to normal")
                .at(Duration.ofMinutes(6), StateValue.ALARM, "sustained");
        CanaryWatch watch = watch(simulator, EVERY_MINUTE.failingAfter(3), "HighCPU");

        WatchPoll last = runToDecision(watch, clock);

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(clock.instant()).isEqualTo(SimulatedClock.DEFAULT_START.plus(Duration.ofMinutes(8)));
        assertThat(last.decision().alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.name()).isEqualTo("HighCPU");
            assertThat(alert.details()).containsEntry("reason", "sustained");
        });
    }

    @Test
    void shouldPassDespiteMissingDataUnderThePassPolicy(AwsSimulator simulator, SimulatedClock clock) {
        simulator.cloudWatch().alarm("DiskFull").state(StateValue.INSUFFICIENT_DATA, "no datapoints");

        WatchPoll last = runToDecision(watch(simulator, EVERY_MINUTE, "DiskFull"), clock);

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.PASS);
        assertThat(last.state().timeline()).allMatch(check -> check.outcome() == CheckOutcome.NO_DATA);
    }

    @Test
    void shouldEndWithNoDataAtOnceUnderTheFailPolicy(AwsSimulator simulator, SimulatedClock clock) {
        simulator.cloudWatch().alarm("DiskFull").state(StateValue.INSUFFICIENT_DATA, "no datapoints");

        WatchPoll last = runToDecision(watch(simulator, EVERY_MINUTE.withNoData(NoDataPolicy.FAIL), "DiskFull"), clock);

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.NO_DATA);
        assertThat(last.decision().summary()).contains("DiskFull is INSUFFICIENT_DATA (no datapoints)");
        assertThat(clock.instant()).isEqualTo(SimulatedClock.DEFAULT_START);
    }

    @Test
    void shouldHoldTheWindowWhileDataIsMissingUnderThePausePolicy(AwsSimulator simulator, SimulatedClock clock) {
        simulator
                .cloudWatch()
                .alarm("DiskFull")
                .at(Duration.ofMinutes(2), StateValue.INSUFFICIENT_DATA, "agent restarting")
                .at(Duration.ofMinutes(5), StateValue.OK, "datapoints again");

        WatchPoll last =
                runToDecision(watch(simulator, EVERY_MINUTE.withNoData(NoDataPolicy.PAUSE), "DiskFull"), clock);

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.PASS);
        assertThat(last.state().withoutData()).isEqualTo(Duration.ofMinutes(3));
        assertThat(clock.instant()).isEqualTo(SimulatedClock.DEFAULT_START.plus(Duration.ofMinutes(13)));
    }

    @Test
    void shouldEndWithNoDataWhenDataIsMissingForAWholeWindowUnderThePausePolicy(
            AwsSimulator simulator, SimulatedClock clock) {
        simulator.cloudWatch().alarm("DiskFull").state(StateValue.INSUFFICIENT_DATA, "no datapoints");

        WatchPoll last =
                runToDecision(watch(simulator, EVERY_MINUTE.withNoData(NoDataPolicy.PAUSE), "DiskFull"), clock);

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.NO_DATA);
        assertThat(last.decision().summary()).contains("whole bake window");
        assertThat(clock.instant()).isEqualTo(SimulatedClock.DEFAULT_START.plus(WINDOW));
    }

    @Test
    void shouldTreatAMissingAlarmAsNoData(AwsSimulator simulator, SimulatedClock clock) {
        CheckResult result =
                new CloudWatchAlarmSource(simulator.cloudWatchClient(), List.of("Nope"), null).check(clock.instant());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.NO_DATA);
        assertThat(result.detail()).isEqualTo("Nope does not exist");
    }

    @Test
    void shouldCountServerErrorsAndGoOnWatching(AwsSimulator simulator, SimulatedClock clock) {
        simulator.cloudWatch().alarm("HighCPU");
        simulator.faults().failNext("DescribeAlarms", 3, Fault.serverError(503));
        CanaryWatch watch = watch(simulator, EVERY_MINUTE, "HighCPU");
        WatchState state = watch.start(clock.instant());

        WatchPoll failed = watch.poll(state, clock.instant());
        clock.advance(failed.nextDelay());
        WatchPoll recovered = watch.poll(failed.state(), clock.instant());

        assertThat(failed.decided()).isFalse();
        assertThat(failed.state().consecutiveErrors()).isEqualTo(1);
        assertThat(failed.log()).anySatisfy(line -> assertThat(line).contains("Could not check (1 of 5"));
        assertThat(recovered.state().consecutiveErrors()).isZero();
        assertThat(recovered.state().timeline())
                .extracting(CheckRecord::outcome)
                .containsExactly(CheckOutcome.ERROR, CheckOutcome.CLEAR);
    }

    private static CanaryWatch watch(AwsSimulator simulator, WatchSettings settings, String alarm) {
        return new CanaryWatch(
                List.of(new CloudWatchAlarmSource(simulator.cloudWatchClient(), List.of(alarm), null)), settings);
    }

    /** Polls as a timer would, moving the simulated clock by each next delay. */
    static WatchPoll runToDecision(CanaryWatch watch, SimulatedClock clock) {
        WatchState state = watch.start(clock.instant());
        for (int polls = 0; polls < 100; polls++) {
            WatchPoll poll = watch.poll(state, clock.instant());
            if (poll.decided()) {
                return poll;
            }
            state = poll.state();
            clock.advance(poll.nextDelay());
        }
        throw new AssertionError("no decision after 100 polls");
    }
}
