package io.jenkins.plugins.canarydeploy.canary;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one GET to every URL at once and waits for all of them. Every trouble (a timeout, a refused or reset
 * connection) becomes a failed {@link ProbeResult}, never an exception; only an interrupt ends the wait.
 */
final class HttpProber {
    /** Time for the body after the headers came within the timeout; the request timeout covers the headers only. */
    private static final Duration BODY_GRACE = Duration.ofSeconds(1);

    private final HttpClient http;
    private final HttpCheckSettings settings;

    HttpProber(HttpClient http, HttpCheckSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    List<ProbeResult> probeAll() throws InterruptedException {
        long deadline = System.nanoTime() + settings.timeout().plus(BODY_GRACE).toNanos();
        List<Probe> probes = new ArrayList<>();
        for (URI url : settings.urls()) {
            probes.add(probe(url));
        }
        List<ProbeResult> results = new ArrayList<>();
        try {
            for (Probe probe : probes) {
                results.add(await(probe, deadline));
            }
        } finally {
            probes.forEach(probe -> probe.exchange().cancel(true)); // ends exchanges still running; no-op for others
        }
        return results;
    }

    /** One probe on its way: the exchange (to cancel) and its result. */
    private record Probe(
            URI url, CompletableFuture<HttpResponse<Void>> exchange, CompletableFuture<ProbeResult> result) {}

    private Probe probe(URI url) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url).timeout(settings.timeout()).GET();
        settings.headers().addTo(request);
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<Void>> exchange =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        return new Probe(url, exchange, exchange.handle((response, failure) -> {
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            return failure == null
                    ? ProbeResult.answered(url, response.statusCode(), latency, settings.expectedStatus())
                    : ProbeResult.failed(url, latency, reason(failure));
        }));
    }

    private ProbeResult await(Probe probe, long deadline) throws InterruptedException {
        try {
            return probe.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return ProbeResult.failed(probe.url(), settings.timeout(), "no complete answer within " + timeoutText());
        } catch (ExecutionException e) {
            return ProbeResult.failed(probe.url(), Duration.ZERO, reason(e.getCause()));
        }
    }

    private String reason(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within " + timeoutText();
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + timeoutText();
        }
        if (cause instanceof ConnectException) {
            return "could not connect" + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
        }
        if (cause instanceof IOException) {
            return "connection failed (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        }
        return "request failed (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }

    private String timeoutText() {
        return HttpCheckSettings.millis(settings.timeout());
    }
}
