package io.jenkins.plugins.canarydeploy.canary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.http.Reply;
import io.jenkins.plugins.canarydeploy.fixtures.http.ScriptedHttpServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A canary watch over HTTP checks, polled the way the step polls it: the source is rebuilt from its settings on every
 * poll and the probe tally is kept beside the watch state. Poll times are given, not waited for.
 */
class HttpCanaryWatchTest {
    private static final String SECRET = "Bearer s3cr3t-t0ken";
    private static final Instant START = Instant.parse("2025-06-02T09:00:00Z");
    private static final WatchSettings THREE_IN_A_ROW = WatchSettings.bakeFor(Duration.ofMinutes(10))
            .pollingEvery(Duration.ofMinutes(1))
            .failingAfter(3);

    private ScriptedHttpServer server;

    @BeforeEach
    void startServer() {
        server = ScriptedHttpServer.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void shouldPassDespiteProbesFailingEveryOtherCheckWithoutAnErrorRateLimit() {
        flapping();

        Watched watched = watch(settings());

        assertThat(watched.last().decision().verdict()).isEqualTo(CanaryVerdict.PASS);
        assertThat(watched.last().state().timeline())
                .extracting(CheckRecord::outcome)
                .startsWith(CheckOutcome.FIRING, CheckOutcome.CLEAR, CheckOutcome.FIRING, CheckOutcome.CLEAR);
    }

    @Test
    void shouldFailOnProbesFailingEveryOtherCheckThroughTheErrorRate() {
        flapping();

        Watched watched = watch(settings().withErrorRateLimit(new ErrorRateLimit(0.1, 2)));

        WatchPoll last = watched.last();
        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(last.state().timeline()).hasSize(3);
        assertThat(last.decision().alerts())
                .extracting(FiringAlert::name)
                .containsExactly(HttpHealthSource.PROBE_FAILED, HttpHealthSource.ERROR_RATE_HIGH);
        assertThat(watched.tally()).isEqualTo(ProbeTally.none().plus(3, 2));
    }

    @Test
    void shouldFailWhenAUrlFailsInEnoughChecksInARowAndKeepTheHeaderOutOfTheLog() {
        server.next("/health", Reply.status(200), Reply.status(502), Reply.status(502), Reply.reset(), Reply.reset());

        Watched watched = watch(settings().withHeaders(ProbeHeaders.NONE.with("Authorization", SECRET)));

        WatchPoll last = watched.last();
        assertThat(last.decision().verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(last.state().lastCheckAt()).isEqualTo(START.plus(Duration.ofMinutes(3)));
        assertThat(last.decision().summary()).contains("HttpProbeFailed", "/health", "connection failed");
        assertThat(String.join("\n", watched.log()))
                .contains("HTTP 502, expected 200")
                .doesNotContain("s3cr3t");
        assertThat(server.requests())
                .allSatisfy(
                        request -> assertThat(request.header("Authorization")).hasValue(SECRET));
    }

    /** Every other check fails: 503, 200, 503, 200, ... */
    private void flapping() {
        for (int i = 0; i < 6; i++) {
            server.next("/health", Reply.status(503), Reply.status(200));
        }
    }

    private HttpCheckSettings settings() {
        return new HttpCheckSettings(
                List.of(server.uri("/health")),
                ExpectedStatus.OK,
                null,
                null,
                Duration.ofSeconds(5),
                ProbeHeaders.NONE);
    }

    private record Watched(WatchPoll last, ProbeTally tally, List<String> log) {}

    /** Polls at the delays the watch asks for; each poll builds the source anew from the settings and the tally. */
    private static Watched watch(HttpCheckSettings settings) {
        WatchState state = WatchState.started(START, THREE_IN_A_ROW);
        ProbeTally tally = ProbeTally.none();
        Instant now = START;
        List<String> log = new ArrayList<>();
        for (int polls = 0; polls < 20; polls++) {
            HttpHealthSource source = new HttpHealthSource(settings, tally);
            WatchPoll poll = new CanaryWatch(List.of(source), THREE_IN_A_ROW).poll(state, now);
            tally = source.tally();
            log.addAll(poll.log());
            if (poll.decided()) {
                return new Watched(poll, tally, log);
            }
            state = poll.state();
            now = now.plus(poll.nextDelay());
        }
        throw new AssertionError("no decision after 20 polls");
    }
}
