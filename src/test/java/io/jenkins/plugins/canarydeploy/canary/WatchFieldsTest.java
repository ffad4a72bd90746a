package io.jenkins.plugins.canarydeploy.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchFieldsTest {
    @Test
    void shouldReadDurationsAsPeopleWriteThem() {
        assertThat(DurationText.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationText.parse(" 1h30m ")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("1H 5S")).isEqualTo(Duration.ofSeconds(3605));
        assertThat(DurationText.parse("90")).as("bare seconds").isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.describe(Duration.ofSeconds(5430))).isEqualTo("1h30m30s");
        assertThat(DurationText.describe(Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void shouldSayWhatIsWrongWithADuration() {
        assertThat(DurationText.check("1h30", Duration.ZERO))
                .as("ambiguous: 30 what?")
                .contains("'1h30' is not a duration: write it like 10m, 90s or 1h30m (h, m, s; a bare number is"
                        + " seconds).");
        assertThat(DurationText.check("", Duration.ZERO)).contains("Give a duration, e.g. 10m, 90s or 1h30m.");
        assertThat(DurationText.check("8d", Duration.ZERO))
                .hasValueSatisfying(m -> assertThat(m).contains("not a duration"));
        assertThat(DurationText.check("200h", Duration.ZERO))
                .contains("'200h' is longer than 7 days: give a shorter duration.");
        assertThat(DurationText.check("2s", Duration.ofSeconds(5))).contains("'2s' is too short: give at least 5s.");
        assertThatThrownBy(() -> DurationText.parse("soon")).hasMessageContaining("'soon' is not a duration");
    }

    @Test
    void shouldTurnValidFieldsIntoWatchSettings() {
        WatchSettings settings = new WatchFields("15m", "10s", "1m", 2, "pause").toSettings("watchCanary");

        assertThat(settings.bakeWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.initialDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.failedChecks()).isEqualTo(2);
        assertThat(settings.noDataPolicy()).isEqualTo(NoDataPolicy.PAUSE);
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        WatchFields fields = new WatchFields("forever", "1s", "-1m", 0, "ignore");

        assertThatThrownBy(() -> fields.toSettings("watchCanary"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("watchCanary has invalid settings: 'bakeWindow': 'forever' is not a duration")
                .satisfies(e -> assertThat(((InvalidSettingsException) e).getProblems())
                        .extracting(FieldProblem::field)
                        .containsExactly("bakeWindow", "pollInterval", "initialDelay", "failedChecks", "noData"));
    }

    @Test
    void shouldRefuseABakeWindowShorterThanOneInterval() {
        assertThat(new WatchFields("20s", "30s", "0s", 1, "").check().list())
                .extracting(FieldProblem::message)
                .containsExactly("The bake window (20s) is shorter than the poll interval (30s): make it at least one"
                        + " interval long.");
    }

    @Test
    void shouldFailACanaryNobodyCouldSeeUnlessSomeoneIsAsked() {
        assertThat(VerdictAction.of(CanaryVerdict.PASS, NoDataPolicy.FAIL)).isEqualTo(VerdictAction.PASS);
        assertThat(VerdictAction.of(CanaryVerdict.FAIL, NoDataPolicy.PASS)).isEqualTo(VerdictAction.FAIL);
        assertThat(VerdictAction.of(CanaryVerdict.NO_DATA, NoDataPolicy.PAUSE)).isEqualTo(VerdictAction.ASK);
        assertThat(VerdictAction.of(CanaryVerdict.NO_DATA, NoDataPolicy.FAIL)).isEqualTo(VerdictAction.FAIL);
        assertThat(VerdictAction.of(CanaryVerdict.NO_DATA, NoDataPolicy.PASS))
                .as("missing data counted as clean already; a NO_DATA verdict means unreadable sources")
                .isEqualTo(VerdictAction.FAIL);
    }

    @Test
    void shouldHandTheDecisionToAPipelineAsPlainValues() {
        FiringAlert alert = new FiringAlert(
                "Alertmanager http://am:9093/",
                "HighErrorRate",
                java.util.Map.of("deployment_group", "canary"),
                java.util.Map.of("summary", "5xx above 2%"),
                java.time.Instant.parse("2026-06-02T09:01:00Z"));
        java.util.Map<String, Object> map =
                new CanaryDecision(CanaryVerdict.FAIL, java.util.List.of(alert), "alert fired").toMap();

        assertThat(map).containsEntry("verdict", "FAIL").containsEntry("summary", "alert fired");
        assertThat(map.get("alerts"))
                .asList()
                .singleElement()
                .isEqualTo(java.util.Map.of(
                        "source", "Alertmanager http://am:9093/",
                        "name", "HighErrorRate",
                        "labels", java.util.Map.of("deployment_group", "canary"),
                        "details", java.util.Map.of("summary", "5xx above 2%"),
                        "startsAt", "2026-06-02T09:01:00Z"));
    }
}
