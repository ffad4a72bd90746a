package io.jenkins.plugins.canarydeploy.canary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.Alertmanager;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.AlertmanagerExtension;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.LabelMatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AlertmanagerExtension.class)
class AlertmanagerCanaryWatchTest {
    private static final String CANARY_MATCHERS = "deployment_group=\"canary\", alertname=~\"High.*\"";
    private static final Map<String, String> CANARY_ALERT =
            Map.of("alertname", "HighErrorRate", "deployment_group", "canary", "severity", "page");
    private static final WatchSettings SETTINGS =
            WatchSettings.bakeFor(Duration.ofMinutes(10)).pollingEvery(Duration.ofMinutes(1));

    @Test
    void shouldFailWithTheAlertsNameAndLabelsWhenItFiresDuringTheWindow(Alertmanager alertmanager) {
        CanaryWatch watch = watch(alertmanager);
        Instant start = Instant.now();
        WatchState state = watch.start(start);
        WatchPoll clean = watch.poll(state, start);

        alertmanager.postAlert(CANARY_ALERT, Map.of("summary", "5% of requests fail"));
        WatchPoll firing = watch.poll(clean.state(), start.plus(clean.nextDelay()));

        assertThat(clean.decided()).isFalse();
        assertThat(firing.decision().verdict()).isEqualTo(CanaryVerdict.FAIL);
        FiringAlert alert = firing.decision().alerts().get(0);
        assertThat(alert.name()).isEqualTo("HighErrorRate");
        assertThat(alert.labels()).isEqualTo(CANARY_ALERT);
        assertThat(alert.details()).containsEntry("summary", "5% of requests fail");
        assertThat(alert.startsAt()).isBetween(start.minusSeconds(5), Instant.now());
        assertThat(firing.log()).anySatisfy(line -> assertThat(line).contains("HighErrorRate", "5% of requests fail"));
    }

    @Test
    void shouldPassWhenTheAlertIsSilenced(Alertmanager alertmanager) {
        alertmanager.postAlert(CANARY_ALERT, Map.of());
        alertmanager.silence(List.of(LabelMatcher.equalTo("deployment_group", "canary")), Duration.ofHours(1));

        assertThat(watchWholeWindow(alertmanager).decision().verdict()).isEqualTo(CanaryVerdict.PASS);
    }

    @Test
    void shouldPassWhenTheAlertIsResolved(Alertmanager alertmanager) {
        alertmanager.postAlert(CANARY_ALERT, Map.of());
        alertmanager.resolve(CANARY_ALERT);

        assertThat(watchWholeWindow(alertmanager).decision().verdict()).isEqualTo(CanaryVerdict.PASS);
    }

    @Test
    void shouldIgnoreAlertsOfAnotherGroupOrName(Alertmanager alertmanager) {
        alertmanager.postAlert(Map.of("alertname", "HighErrorRate", "deployment_group", "production"), Map.of());
        alertmanager.postAlert(Map.of("alertname", "DiskFull", "deployment_group", "canary"), Map.of());

        assertThat(watchWholeWindow(alertmanager).decision().verdict()).isEqualTo(CanaryVerdict.PASS);
    }

    @Test
    void shouldIgnoreAlertsStartingAfterTheWindow(Alertmanager alertmanager) {
        alertmanager.postAlert(CANARY_ALERT, Map.of());
        CanaryWatch watch = watch(alertmanager);
        WatchState state = watch.start(Instant.now().minus(Duration.ofHours(1)));

        WatchPoll last = watch.poll(state, state.windowEnd());

        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.PASS);
    }

    @Test
    void shouldCountConnectionErrorsAndEndWithNoDataWhenTheyPersist() throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + freePort() + "/");
        CanaryWatch watch = new CanaryWatch(
                List.of(new AlertmanagerSource(closed, CANARY_MATCHERS, () -> "Bearer s3cr3t")),
                SETTINGS.allowingErrors(2));
        Instant start = Instant.now();

        WatchPoll first = watch.poll(watch.start(start), start);
        WatchPoll second = watch.poll(first.state(), start.plus(first.nextDelay()));

        assertThat(first.decided()).isFalse();
        assertThat(first.state().consecutiveErrors()).isEqualTo(1);
        assertThat(second.decision().verdict()).isEqualTo(CanaryVerdict.NO_DATA);
        assertThat(second.decision().summary()).contains("request failed");
        assertThat(String.join("\n", second.log()) + first.log()).doesNotContain("s3cr3t");
    }

    @Test
    void shouldSendTheMatchersAsFilters(Alertmanager alertmanager) {
        AlertmanagerSource source = new AlertmanagerSource(alertmanager.baseUri(), CANARY_MATCHERS, null);

        assertThat(source.filters()).containsExactly("deployment_group=\"canary\"", "alertname=~\"High.*\"");
        assertThat(source.alertsUri().getQuery())
                .isEqualTo("filter=deployment_group=\"canary\"&filter=alertname=~\"High.*\""
                        + "&active=true&silenced=false&inhibited=false");
    }

    private static WatchPoll watchWholeWindow(Alertmanager alertmanager) {
        CanaryWatch watch = watch(alertmanager);
        Instant start = Instant.now();
        WatchPoll first = watch.poll(watch.start(start), start);
        assertThat(first.decided()).isFalse();
        return watch.poll(first.state(), first.state().windowEnd());
    }

    private static CanaryWatch watch(Alertmanager alertmanager) {
        return new CanaryWatch(
                List.of(new AlertmanagerSource(alertmanager.baseUri(), CANARY_MATCHERS, () -> "Bearer token")),
                SETTINGS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
