package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the firing alerts of a Prometheus Alertmanager through its API v2: active, neither silenced nor inhibited,
 * matching all label matchers. Network trouble and server errors become {@link CheckOutcome#ERROR} results.
 * The Authorization header value (e.g. {@code Bearer ...} or {@code Basic ...}) is asked for on each check and
 * never logged.
 */
public final class AlertmanagerSource implements AlertSource {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUri;
    private final List<String> filters;

    @CheckForNull
    private final Supplier<String> authorization;

    private final HttpClient http;

    /**
     * @param baseUri e.g. {@code http://alertmanager:9093/}, also with a path prefix
     * @param matchers label matchers as {@link AlertMatchers} reads them; bad ones fail naming the field
     * @param authorization supplies the Authorization header value, or null to send none
     */
    public AlertmanagerSource(URI baseUri, String matchers, @CheckForNull Supplier<String> authorization) {
        this(
                baseUri,
                matchers,
                authorization,
                HttpClient.newBuilder()
                        .connectTimeout(TIMEOUT)
                        .version(HttpClient.Version.HTTP_1_1)
                        .build());
    }

    AlertmanagerSource(URI baseUri, String matchers, @CheckForNull Supplier<String> authorization, HttpClient http) {
        String text = baseUri.toString();
        this.baseUri = URI.create(text.endsWith("/") ? text : text + "/");
        this.filters = AlertMatchers.parse(matchers);
        this.authorization = authorization;
        this.http = http;
    }

    @Override
    public CheckResult check(Instant now) {
        HttpRequest.Builder request = HttpRequest.newBuilder(alertsUri())
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization.get());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return CheckResult.error("request failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.error("interrupted");
        }
        int status = response.statusCode();
        if (status != 200) {
            return CheckResult.error(
                    "HTTP " + status + (status == 401 || status == 403 ? ", check the credentials" : ""));
        }
        try {
            return CheckResult.of(AlertmanagerAlerts.firing(response.body(), describe()));
        } catch (IllegalArgumentException e) {
            return CheckResult.error("unreadable answer: " + e.getMessage());
        }
    }

    /** {@code GET /api/v2/alerts?filter=...&active=true&silenced=false&inhibited=false}. */
    URI alertsUri() {
        StringBuilder query = new StringBuilder("api/v2/alerts?");
        for (String filter : filters) {
            query.append("filter=")
                    .append(URLEncoder.encode(filter, StandardCharsets.UTF_8))
                    .append('&');
        }
        query.append("active=true&silenced=false&inhibited=false");
        return baseUri.resolve(query.toString());
    }

    /** The matchers sent as filters. */
    public List<String> filters() {
        return filters;
    }

    @Override
    public String describe() {
        return "Alertmanager " + baseUri + " " + filters;
    }
}
