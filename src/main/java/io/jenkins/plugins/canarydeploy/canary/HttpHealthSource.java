package io.jenkins.plugins.canarydeploy.canary;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Probes the canary over HTTP. Each check sends one GET to every URL, all at once, and fires:
 *
 * <ul>
 *   <li>{@value #PROBE_FAILED} for each URL whose probe failed: a status outside the expected ones, no answer
 *       within the timeout, a refused or reset connection;
 *   <li>{@value #LATENCY_HIGH} for each URL that answered as expected, but slower than the latency ceiling;
 *   <li>{@value #ERROR_RATE_HIGH} while the failed probes since the watch started are more than the error-rate
 *       limit allows, once enough probes ran.
 * </ul>
 *
 * <p>With {@link CanaryWatch} failing after N consecutive firing checks, this means: a URL that fails (or is slow)
 * in N checks in a row fails the canary, a single blip does not. Failures that come and go, never lasting N checks,
 * fail it through the error rate: the rate counts all probes since the start, so it stays above its limit, and the
 * check fires even when all its own probes succeed, for as long as failures are frequent enough. Slow answers are
 * not failed probes for the error rate. A check interrupted while waiting is an ERROR and counts no probe. A
 * connection closed before any answer is retried once by the JDK's HTTP client (it does so for every GET), so a
 * probe fails on a reset only when the retry is reset too.
 *
 * <p>The probe counts live in a {@link ProbeTally}: sources are rebuilt from their settings on every poll, so the
 * caller passes in the tally it keeps (across controller restarts too) and stores {@link #tally()} after the poll.
 * Header values are never logged nor shown by {@link #describe()}.
 */
public final class HttpHealthSource implements AlertSource {
    public static final String PROBE_FAILED = "HttpProbeFailed";
    public static final String LATENCY_HIGH = "HttpLatencyHigh";
    public static final String ERROR_RATE_HIGH = "HttpErrorRateHigh";

    private final HttpCheckSettings settings;
    private final HttpClient http;
    private final AtomicReference<ProbeTally> tally;

    /** A source on a client of its own; settings that fail their checks throw naming every bad field. */
    public HttpHealthSource(HttpCheckSettings settings, ProbeTally tally) {
        this(settings, tally, newClient());
    }

    /** A source on a shared client (see {@link #newClient()}), so that polls do not each start one. */
    public HttpHealthSource(HttpCheckSettings settings, ProbeTally tally, HttpClient http) {
        settings.check().throwIfAny("The HTTP health check");
        this.settings = settings;
        this.tally = new AtomicReference<>(tally);
        this.http = http;
    }

    /** An HTTP/1.1 client that follows no redirects, so that a 3xx status is judged as it comes. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public CheckResult check(Instant now) {
        List<ProbeResult> probes;
        try {
            probes = new HttpProber(http, settings).probeAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.error("interrupted while probing");
        }
        int failed = (int) probes.stream().filter(ProbeResult::hasFailed).count();
        ProbeTally counted = tally.updateAndGet(before -> before.plus(probes.size(), failed));
        List<FiringAlert> alerts = new ArrayList<>();
        Duration ceiling = settings.latencyCeiling();
        for (ProbeResult probe : probes) {
            String failure = probe.failure();
            if (failure != null) {
                alerts.add(alert(PROBE_FAILED, probe.url(), failure));
            } else if (ceiling != null && probe.latency().compareTo(ceiling) > 0) {
                alerts.add(alert(
                        LATENCY_HIGH,
                        probe.url(),
                        "answered in " + HttpCheckSettings.millis(probe.latency()) + ", above the ceiling of "
                                + HttpCheckSettings.millis(ceiling)));
            }
        }
        ErrorRateLimit limit = settings.errorRateLimit();
        if (limit != null && limit.isExceededBy(counted)) {
            alerts.add(new FiringAlert(
                    describe(),
                    ERROR_RATE_HIGH,
                    Map.of(),
                    Map.of("reason", counted + " since the watch started, above the limit of " + limit.describe()),
                    null));
        }
        return CheckResult.of(alerts);
    }

    private FiringAlert alert(String name, URI url, String reason) {
        return new FiringAlert(describe(), name, Map.of("url", url.toString()), Map.of("reason", reason), null);
    }

    /** The probes counted so far: the tally given plus those of this source's checks. */
    public ProbeTally tally() {
        return tally.get();
    }

    @Override
    public String describe() {
        return "HTTP checks " + settings.urls();
    }
}
