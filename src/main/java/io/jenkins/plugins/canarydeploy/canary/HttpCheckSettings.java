package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an {@link HttpHealthSource} probes and when a probe counts as bad.
 *
 * @param urls           http or https URLs of the canary, each probed with a GET once per check
 * @param expectedStatus the status codes that count as healthy (default 200)
 * @param latencyCeiling answers slower than this fire an alert; null: latency is not judged
 * @param errorRateLimit the largest fraction of failed probes since the watch started; null: not judged
 * @param timeout        how long a probe waits for an answer before it counts as failed
 * @param headers        extra request headers, e.g. Authorization; their values are never shown
 */
public record HttpCheckSettings(
        List<URI> urls,
        ExpectedStatus expectedStatus,
        @CheckForNull Duration latencyCeiling,
        @CheckForNull ErrorRateLimit errorRateLimit,
        Duration timeout,
        ProbeHeaders headers) {

    public static final String URLS_FIELD = "urls";
    public static final String LATENCY_CEILING_FIELD = "latencyCeiling";
    public static final String TIMEOUT_FIELD = "timeout";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final String NO_URL =
            "Give at least one URL of the canary to probe, e.g. https://canary.example.com/health.";
    private static final String URL_FORM = "write each as http://host:port/path or https://host/path, separated by"
            + " commas, spaces or new lines (write a comma inside a URL as %2C)";

    public HttpCheckSettings {
        urls = List.copyOf(urls);
    }

    /**
     * Probes these URLs (separated by commas, spaces or new lines) expecting 200 within {@link #DEFAULT_TIMEOUT};
     * throws naming the field when the text holds no URL or a bad one.
     */
    public static HttpCheckSettings of(String urls) {
        Optional<String> problem = urls(urls);
        if (problem.isPresent()) {
            throw new InvalidSettingsException(
                    URLS_FIELD + ": " + problem.get(), List.of(new FieldProblem(URLS_FIELD, problem.get())));
        }
        List<URI> parsed = split(urls).stream().map(URI::create).toList();
        return new HttpCheckSettings(parsed, ExpectedStatus.OK, null, null, DEFAULT_TIMEOUT, ProbeHeaders.NONE);
    }

    /** Checks the urls field: at least one, each an absolute http or https URL without user info, none twice. */
    public static Optional<String> urls(@CheckForNull String text) {
        List<String> parts = split(text);
        if (parts.isEmpty()) {
            return Optional.of(NO_URL);
        }
        List<URI> parsed = new ArrayList<>();
        for (String part : parts) {
            try {
                parsed.add(new URI(part));
            } catch (URISyntaxException e) {
                return Optional.of("'" + part + "' is not a URL (" + e.getReason() + "): " + URL_FORM + ".");
            }
        }
        return uriProblem(parsed);
    }

    /** Checks the latency ceiling: longer than zero and shorter than the timeout (else a probe times out first). */
    public static Optional<String> latencyCeiling(@CheckForNull Duration ceiling, Duration timeout) {
        if (ceiling == null) {
            return Optional.empty();
        }
        if (ceiling.isNegative() || ceiling.isZero()) {
            return Optional.of("'" + LATENCY_CEILING_FIELD + "' must be longer than zero: give the slowest answer"
                    + " that is still fine, e.g. 500 ms, or leave it empty not to judge latency.");
        }
        if (ceiling.compareTo(timeout) >= 0) {
            return Optional.of("'" + LATENCY_CEILING_FIELD + "' (" + millis(ceiling) + ") is not shorter than '"
                    + TIMEOUT_FIELD + "' (" + millis(timeout) + "), so a slow probe times out before it is judged:"
                    + " lower the ceiling or raise the timeout.");
        }
        return Optional.empty();
    }

    public static Optional<String> timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            return Optional.of("'" + TIMEOUT_FIELD + "' must be longer than zero: give how long a probe may wait for"
                    + " an answer, e.g. 10 s.");
        }
        return Optional.empty();
    }

    public HttpCheckSettings expecting(ExpectedStatus status) {
        return new HttpCheckSettings(urls, status, latencyCeiling, errorRateLimit, timeout, headers);
    }

    public HttpCheckSettings withLatencyCeiling(@CheckForNull Duration ceiling) {
        return new HttpCheckSettings(urls, expectedStatus, ceiling, errorRateLimit, timeout, headers);
    }

    public HttpCheckSettings withErrorRateLimit(@CheckForNull ErrorRateLimit limit) {
        return new HttpCheckSettings(urls, expectedStatus, latencyCeiling, limit, timeout, headers);
    }

    public HttpCheckSettings withTimeout(Duration probeTimeout) {
        return new HttpCheckSettings(urls, expectedStatus, latencyCeiling, errorRateLimit, probeTimeout, headers);
    }

    public HttpCheckSettings withHeaders(ProbeHeaders extra) {
        return new HttpCheckSettings(urls, expectedStatus, latencyCeiling, errorRateLimit, timeout, extra);
    }

    /** Every problem of these settings, named as the fields are. */
    public Problems check() {
        Problems problems = new Problems()
                .add(URLS_FIELD, urls.isEmpty() ? Optional.of(NO_URL) : uriProblem(urls))
                .add(TIMEOUT_FIELD, timeout(timeout))
                .add(LATENCY_CEILING_FIELD, latencyCeiling(latencyCeiling, timeout))
                .add(ProbeHeaders.FIELD, headers.check());
        if (errorRateLimit != null) {
            problems.addAll(errorRateLimit.check());
        }
        return problems;
    }

    private static Optional<String> uriProblem(List<URI> uris) {
        for (int i = 0; i < uris.size(); i++) {
            URI uri = uris.get(i);
            if (uri.getRawUserInfo() != null) {
                return Optional.of("A URL in '" + URLS_FIELD + "' holds a user name or password: remove it from the"
                        + " URL and send it in an Authorization header ('" + ProbeHeaders.FIELD + "') instead.");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("'" + uri + "' is not an http or https URL: " + URL_FORM + ".");
            }
            if (uri.getHost() == null) {
                return Optional.of("'" + uri + "' has no host name: " + URL_FORM + ".");
            }
            if (uris.subList(0, i).contains(uri)) {
                return Optional.of("'" + uri + "' is listed twice: probe each URL once.");
            }
        }
        return Optional.empty();
    }

    private static List<String> split(@CheckForNull String text) {
        List<String> parts = new ArrayList<>();
        for (String part : Texts.strip(text).split("[,\\s]+")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
