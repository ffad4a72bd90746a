package io.jenkins.plugins.canarydeploy.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each field's check names the field and the fix; header values never show, not even in problems. */
class HttpCheckSettingsTest {
    private static final String SECRET = "Bearer s3cr3t-t0ken";

    @Test
    void shouldReadUrlsSeparatedByCommasSpacesAndNewLinesWithDefaults() {
        HttpCheckSettings settings =
                HttpCheckSettings.of(" https://canary-1.example.com/health,http://10.0.0.7:8080/ping\n"
                        + "https://canary-2.example.com/health?deep=1 ");

        assertThat(settings.urls())
                .containsExactly(
                        URI.create("https://canary-1.example.com/health"),
                        URI.create("http://10.0.0.7:8080/ping"),
                        URI.create("https://canary-2.example.com/health?deep=1"));
        assertThat(settings.expectedStatus()).isEqualTo(ExpectedStatus.OK);
        assertThat(settings.timeout()).isEqualTo(HttpCheckSettings.DEFAULT_TIMEOUT);
        assertThat(settings.latencyCeiling()).isNull();
        assertThat(settings.errorRateLimit()).isNull();
        assertThat(settings.check().list()).isEmpty();
    }

    @Test
    void shouldAcceptOnlyHttpAndHttpsUrlsWithAHost() {
        assertThat(HttpCheckSettings.urls("ftp://canary/health"))
                .hasValueSatisfying(message ->
                        assertThat(message).contains("'ftp://canary/health' is not an http or https URL", "https://"));
        assertThat(HttpCheckSettings.urls("canary.example.com/health"))
                .hasValueSatisfying(message -> assertThat(message).contains("is not an http or https URL"));
        assertThat(HttpCheckSettings.urls("http:///health"))
                .hasValueSatisfying(message -> assertThat(message).contains("has no host name"));
        assertThat(HttpCheckSettings.urls("http://canary/a b|c"))
                .hasValueSatisfying(message -> assertThat(message).contains("'b|c' is not a URL"));
        assertThat(HttpCheckSettings.urls(" \n "))
                .hasValueSatisfying(message -> assertThat(message).contains("at least one URL"));
        assertThat(HttpCheckSettings.urls("http://canary/health, http://canary/health"))
                .hasValueSatisfying(message -> assertThat(message).contains("listed twice"));
        assertThatThrownBy(() -> HttpCheckSettings.of("file:///etc/passwd"))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("urls"));
    }

    @Test
    void shouldRefuseCredentialsInAUrlWithoutRepeatingThem() {
        assertThat(HttpCheckSettings.urls("https://deploy:hunter2@canary.example.com/health"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("user name or password", "Authorization header", "'headers'")
                        .doesNotContain("hunter2"));
    }

    @Test
    void shouldAcceptStatusCodesSetsAndRanges() {
        ExpectedStatus status = ExpectedStatus.parse("200 - 299, 301 304");

        assertThat(status.accepts(200)).isTrue();
        assertThat(status.accepts(204)).isTrue();
        assertThat(status.accepts(301)).isTrue();
        assertThat(status.accepts(302)).isFalse();
        assertThat(status.accepts(503)).isFalse();
        assertThat(status).hasToString("200-299, 301, 304");
        assertThat(ExpectedStatus.parse("  ")).isEqualTo(ExpectedStatus.OK);
        assertThat(ExpectedStatus.parse("200")).isEqualTo(ExpectedStatus.OK).hasToString("200");
    }

    @Test
    void shouldNameTheFixForABadStatus() {
        assertThat(ExpectedStatus.check("2xx"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("'2xx' is neither a status code nor a range")
                        .contains("200-299"));
        assertThat(ExpectedStatus.check("200, 600"))
                .hasValueSatisfying(message -> assertThat(message).contains("'600' is outside the HTTP status codes"));
        assertThat(ExpectedStatus.check("299-200"))
                .hasValueSatisfying(message -> assertThat(message).contains("empty range", "200-299"));
        assertThatThrownBy(() -> ExpectedStatus.parse("ok"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("expectedStatus: 'ok'");
    }

    @Test
    void shouldWantALatencyCeilingBelowTheTimeout() {
        Duration timeout = Duration.ofSeconds(2);

        assertThat(HttpCheckSettings.latencyCeiling(null, timeout)).isEmpty();
        assertThat(HttpCheckSettings.latencyCeiling(Duration.ofMillis(500), timeout))
                .isEmpty();
        assertThat(HttpCheckSettings.latencyCeiling(Duration.ofSeconds(2), timeout))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("'latencyCeiling' (2000 ms) is not shorter than 'timeout' (2000 ms)"));
        assertThat(HttpCheckSettings.latencyCeiling(Duration.ZERO, timeout))
                .hasValueSatisfying(message -> assertThat(message).contains("longer than zero"));
        assertThat(HttpCheckSettings.timeout(Duration.ofSeconds(-1)))
                .hasValueSatisfying(message -> assertThat(message).contains("'timeout' must be longer than zero"));
    }

    @Test
    void shouldWantAnErrorRateBelowOneAndAtLeastOneProbe() {
        assertThat(ErrorRateLimit.of(0.05).check().list()).isEmpty();
        assertThat(ErrorRateLimit.of(0).check().list()).isEmpty();
        assertThat(ErrorRateLimit.of(0.05).minimumProbes()).isEqualTo(ErrorRateLimit.DEFAULT_MINIMUM_PROBES);
        assertThat(ErrorRateLimit.maxFraction(5))
                .hasValueSatisfying(message -> assertThat(message).contains("'errorRateLimit' is 5.0", "0.05 for 5 %"));
        assertThat(ErrorRateLimit.maxFraction(Double.NaN)).isPresent();
        assertThat(ErrorRateLimit.maxFraction(-0.1)).isPresent();
        assertThat(new ErrorRateLimit(0.05, 0).check().list())
                .extracting(FieldProblem::field)
                .containsExactly("minimumProbes");
    }

    @Test
    void shouldRefuseHeadersTheClientSetsOrCannotSendWithoutShowingTheirValues() {
        assertThat(ProbeHeaders.NONE.with("Authorization", SECRET).check()).isEmpty();
        assertThat(ProbeHeaders.NONE.with("Host", "canary").check())
                .hasValueSatisfying(
                        message -> assertThat(message).contains("The Host header is set by the HTTP client"));
        assertThat(ProbeHeaders.NONE.with("X Api Key", SECRET).check())
                .hasValueSatisfying(message -> assertThat(message).contains("'X Api Key' is not a header name"));
        assertThat(ProbeHeaders.NONE
                        .with("Authorization", SECRET + "\r\nX-Evil: 1")
                        .check())
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("The value of the Authorization header has line breaks")
                        .doesNotContain("s3cr3t"));
    }

    @Test
    void shouldShowHeaderNamesButNeverTheirValues() {
        HttpCheckSettings settings = HttpCheckSettings.of("https://canary.example.com/health")
                .withHeaders(ProbeHeaders.of(Map.of("Authorization", SECRET))
                        .with("X-Api-Key", "k3y-v4lue")
                        .with("authorization", SECRET + "-2"));

        assertThat(settings.headers().names()).containsExactly("Authorization", "X-Api-Key");
        assertThat(settings.toString()).contains("Authorization", "X-Api-Key").doesNotContain("s3cr3t", "k3y");
        assertThat(new HttpHealthSource(settings, ProbeTally.none()).describe())
                .isEqualTo("HTTP checks [https://canary.example.com/health]");
    }

    @Test
    void shouldNameEveryBadFieldAtOnceWhenASourceIsBuilt() {
        HttpCheckSettings settings = new HttpCheckSettings(
                List.of(URI.create("mailto:ops@example.com")),
                ExpectedStatus.OK,
                Duration.ofSeconds(30),
                new ErrorRateLimit(1.5, 0),
                Duration.ofSeconds(5),
                ProbeHeaders.NONE.with("Content-Length", "0"));

        assertThatThrownBy(() -> new HttpHealthSource(settings, ProbeTally.none()))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly(
                                        "urls", "latencyCeiling", "headers", "errorRateLimit", "minimumProbes"))
                .hasMessageStartingWith("The HTTP health check has invalid settings: 'urls': 'mailto:ops@example.com'");
    }
}
