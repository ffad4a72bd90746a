package io.jenkins.plugins.canarydeploy.canary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.fixtures.http.Reply;
import io.jenkins.plugins.canarydeploy.fixtures.http.ScriptedHttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Probes a scripted HTTP server on 127.0.0.1: statuses, delays, resets and refused connections. */
class HttpHealthSourceTest {
    private static final String SECRET = "Bearer s3cr3t-t0ken";
    private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");

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
    void shouldBeClearWhenEveryUrlAnswersWithAnExpectedStatusAndSendTheHeaders() {
        server.always("/ready", Reply.status(204));
        HttpCheckSettings settings = settings("/health", "/ready")
                .expecting(ExpectedStatus.parse("200-299"))
                .withHeaders(ProbeHeaders.NONE.with("Authorization", SECRET));
        HttpHealthSource source = new HttpHealthSource(settings, ProbeTally.none());

        CheckResult result = source.check(NOW);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.CLEAR);
        assertThat(source.tally()).isEqualTo(ProbeTally.none().plus(2, 0));
        assertThat(server.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.header("Authorization")).hasValue(SECRET);
        });
    }

    @Test
    void shouldFireForAnUnexpectedStatusNamingTheUrl() {
        server.next("/health", Reply.status(503));
        HttpHealthSource source = new HttpHealthSource(settings("/health", "/ready"), ProbeTally.none());

        CheckResult result = source.check(NOW);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FIRING);
        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.name()).isEqualTo(HttpHealthSource.PROBE_FAILED);
            assertThat(alert.labels())
                    .containsEntry("url", server.uri("/health").toString());
            assertThat(alert.details()).containsEntry("reason", "HTTP 503, expected 200");
            assertThat(alert.source()).isEqualTo(source.describe());
        });
        assertThat(source.tally()).hasToString("1 of 2 probes failed (50.0%)");
    }

    @Test
    void shouldFireForAProbeWithoutAnswerWithinTheTimeout() {
        server.always("/health", Reply.status(200).after(Duration.ofSeconds(5)));
        HttpHealthSource source =
                new HttpHealthSource(settings("/health").withTimeout(Duration.ofMillis(200)), ProbeTally.none());

        CheckResult result = source.check(NOW);

        assertThat(result.alerts())
                .singleElement()
                .extracting(alert -> alert.details().get("reason"))
                .isEqualTo("no answer within 200 ms");
        assertThat(source.tally().failed()).isEqualTo(1);
    }

    @Test
    void shouldFireForABodyThatDoesNotArriveSoonAfterTheHead() {
        server.always("/health", Reply.status(200).bodyAfter(Duration.ofSeconds(10)));
        HttpHealthSource source =
                new HttpHealthSource(settings("/health").withTimeout(Duration.ofMillis(100)), ProbeTally.none());

        CheckResult result = source.check(NOW);

        assertThat(result.alerts())
                .singleElement()
                .extracting(alert -> alert.details().get("reason"))
                .isEqualTo("no complete answer within 100 ms");
    }

    @Test
    void shouldFireForARefusedConnection() {
        URI refusing = ScriptedHttpServer.refusingUri();
        HttpHealthSource source = new HttpHealthSource(
                new HttpCheckSettings(
                        List.of(refusing),
                        ExpectedStatus.OK,
                        null,
                        null,
                        HttpCheckSettings.DEFAULT_TIMEOUT,
                        ProbeHeaders.NONE),
                ProbeTally.none());

        CheckResult result = source.check(NOW);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.name()).isEqualTo(HttpHealthSource.PROBE_FAILED);
            assertThat(alert.labels()).containsEntry("url", refusing.toString());
            assertThat(alert.details().get("reason")).startsWith("could not connect");
        });
    }

    @Test
    void shouldFireForAConnectionResetAlsoOnTheClientsOneRetry() {
        server.next("/health", Reply.reset(), Reply.reset());
        HttpHealthSource source = new HttpHealthSource(settings("/health"), ProbeTally.none());

        CheckResult result = source.check(NOW);

        assertThat(result.alerts())
                .singleElement()
                .extracting(alert -> alert.details().get("reason"))
                .asString()
                .startsWith("connection failed (");
        assertThat(server.requests("/health"))
                .as("the JDK client retries a GET once when the connection closes before an answer")
                .hasSize(2);
    }

    @Test
    void shouldFireForAnAnswerSlowerThanTheCeilingButNotCountItAsFailed() {
        server.always("/slow", Reply.status(200).after(Duration.ofMillis(300)));
        HttpHealthSource source = new HttpHealthSource(
                settings("/slow", "/health").withLatencyCeiling(Duration.ofMillis(50)), ProbeTally.none());

        CheckResult result = source.check(NOW);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.name()).isEqualTo(HttpHealthSource.LATENCY_HIGH);
            assertThat(alert.labels()).containsEntry("url", server.uri("/slow").toString());
            assertThat(alert.details().get("reason")).startsWith("answered in ").endsWith("above the ceiling of 50 ms");
        });
        assertThat(source.tally()).isEqualTo(ProbeTally.none().plus(2, 0));
    }

    @Test
    void shouldFireOnTheErrorRateOnceEnoughProbesRanEvenInACheckWhoseProbesSucceed() {
        server.next("/health", Reply.status(500));
        HttpHealthSource source = new HttpHealthSource(
                settings("/health").withErrorRateLimit(new ErrorRateLimit(0.2, 4)), ProbeTally.none());

        List<List<String>> fired = List.of(
                firedNames(source), firedNames(source), firedNames(source), firedNames(source), firedNames(source));

        assertThat(fired)
                .containsExactly(
                        List.of(HttpHealthSource.PROBE_FAILED), // 1 of 1, fewer than 4 probes: rate not judged
                        List.of(),
                        List.of(),
                        List.of(HttpHealthSource.ERROR_RATE_HIGH), // 1 of 4 = 25 % > 20 %
                        List.of()); // 1 of 5 = 20 %, not above
    }

    @Test
    void shouldKeepCountingFromATallyThatWasSavedAndRestored() throws Exception {
        server.next("/health", Reply.status(500), Reply.status(500));
        HttpCheckSettings settings = settings("/health").withErrorRateLimit(new ErrorRateLimit(0.5, 3));
        HttpHealthSource first = new HttpHealthSource(settings, ProbeTally.none());
        first.check(NOW);
        first.check(NOW);
        ProbeTally restored = roundTrip(first.tally());

        HttpHealthSource rebuilt = new HttpHealthSource(settings, restored);
        CheckResult third = rebuilt.check(NOW);

        assertThat(restored).isEqualTo(ProbeTally.none().plus(2, 2));
        assertThat(third.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.name()).isEqualTo(HttpHealthSource.ERROR_RATE_HIGH);
            assertThat(alert.details().get("reason"))
                    .isEqualTo("2 of 3 probes failed (66.7%) since the watch started, above the limit of 50.0% of at"
                            + " least 3 probes");
        });
    }

    @Test
    void shouldReportAnInterruptedCheckAsAnErrorAndCountNothing() {
        HttpHealthSource source =
                new HttpHealthSource(settings("/health"), ProbeTally.none().plus(3, 1));

        Thread.currentThread().interrupt();
        CheckResult result = source.check(NOW);
        boolean stillInterrupted = Thread.interrupted();

        assertThat(result.outcome()).isEqualTo(CheckOutcome.ERROR);
        assertThat(stillInterrupted).isTrue();
        assertThat(source.tally()).isEqualTo(ProbeTally.none().plus(3, 1));
    }

    private HttpCheckSettings settings(String... paths) {
        return new HttpCheckSettings(
                Arrays.stream(paths).map(server::uri).toList(),
                ExpectedStatus.OK,
                null,
                null,
                Duration.ofSeconds(5),
                ProbeHeaders.NONE);
    }

    private static List<String> firedNames(HttpHealthSource source) {
        return source.check(NOW).alerts().stream().map(FiringAlert::name).toList();
    }

    private static ProbeTally roundTrip(ProbeTally tally) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tally);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ProbeTally) in.readObject();
        }
    }
}
