package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.canary.NoDataPolicy;
import io.jenkins.plugins.canarydeploy.canary.WatchSettings;
import io.jenkins.plugins.canarydeploy.steps.sources.AlertmanagerAlerts;
import io.jenkins.plugins.canarydeploy.steps.sources.CloudWatchAlarms;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step's translation into a watch; the Jenkins side is covered by CanaryWatchStepITest. */
class CanaryWatchStepTest {
    @Test
    void shouldTurnItsFieldsIntoAWatch() {
        CanaryWatchStep step = new CanaryWatchStep(List.of(
                new AlertmanagerAlerts("http://alertmanager:9093/", "deployment_group=\"canary\""),
                new CloudWatchAlarms()));
        step.setApplication("BucketList");
        step.setDeploymentGroup("Canary");
        step.setBakeWindow("15m");
        step.setPollInterval("10s");
        step.setFailedChecks(2);
        step.setNoData("pause");

        WatchSpec spec = step.spec();
        WatchSettings settings = spec.settings();

        assertThat(spec.title()).isEqualTo("Canary watch of BucketList/Canary");
        assertThat(spec.sources()).hasSize(2);
        assertThat(settings.bakeWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.failedChecks()).isEqualTo(2);
        assertThat(spec.noDataPolicy()).isEqualTo(NoDataPolicy.PAUSE);
        assertThat(spec.failOnAlert()).isFalse();
    }

    @Test
    void shouldNameEveryBadFieldOfTheStepAndItsSources() {
        CanaryWatchStep step = new CanaryWatchStep(List.of(new AlertmanagerAlerts("ftp://am", "canary")));
        step.setBakeWindow("a while");
        step.setDeploymentGroup("Canary");
        step.setRegion("Frankfurt");

        assertThatThrownBy(step::spec)
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("watchCanary has invalid settings: ")
                .satisfies(e -> assertThat(((InvalidSettingsException) e).getProblems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder(
                                "bakeWindow", "sources[0].url", "sources[0].matchers", "application", "region"));
    }

    @Test
    void shouldAskForASource() {
        assertThatThrownBy(() -> new CanaryWatchStep(null).spec())
                .hasMessageContaining("'sources': Give at least one alert source");
    }

    @Test
    void shouldKeepDefaultsForBlankFields() {
        CanaryWatchStep step = new CanaryWatchStep(List.of(new CloudWatchAlarms()));
        step.setBakeWindow(" ");
        step.setNoData(null);

        assertThat(step.getBakeWindow()).isEqualTo("10m");
        assertThat(step.getPollInterval()).isEqualTo("30s");
        assertThat(step.getNoData()).isEqualTo("pass");
        assertThat(step.spec().title()).isEqualTo("Canary watch");
    }
}
