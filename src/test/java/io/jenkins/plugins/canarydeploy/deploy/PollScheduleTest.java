package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
    private final PollSchedule schedule = new PollSchedule(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(15));

    @Test
    void shouldSlowDownWhileNothingChangesUpToTheCeiling() {
        Duration delay = schedule.initial();
        StringBuilder seconds = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            delay = schedule.next(delay, false);
            seconds.append(delay.toMillis()).append(' ');
        }
        assertThat(seconds.toString().strip()).isEqualTo("3000 4500 6750 10125 15000 15000 15000 15000");
    }

    @Test
    void shouldPollQuicklyAgainAfterAChange() {
        assertThat(schedule.next(Duration.ofSeconds(15), true)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldRefuseSchedulesThatCannotWork() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PollSchedule(Duration.ZERO, 1.5, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PollSchedule(Duration.ofSeconds(5), 1.5, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PollSchedule(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(5)));
    }
}
