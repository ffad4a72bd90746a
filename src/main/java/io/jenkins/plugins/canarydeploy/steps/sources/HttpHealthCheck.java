package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.canary.DurationText;
import io.jenkins.plugins.canarydeploy.canary.ErrorRateLimit;
import io.jenkins.plugins.canarydeploy.canary.ExpectedStatus;
import io.jenkins.plugins.canarydeploy.canary.HttpCheckSettings;
import io.jenkins.plugins.canarydeploy.canary.HttpHealthSource;
import io.jenkins.plugins.canarydeploy.canary.ProbeHeaders;
import io.jenkins.plugins.canarydeploy.canary.ProbeTally;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code httpHealthCheck}: probes the canary's URLs on every check; a wrong status, a timeout, an answer slower than
 * the latency ceiling or an error rate over the watch above the limit fires.
 */
public final class HttpHealthCheck extends HttpCredentialsSource {
    private static final long serialVersionUID = 1L;

    private final String urls;
    private String expectedStatus = "200";
    private String latencyCeiling = "";
    private String timeout = "10s";
    private double errorRateLimit = -1;
    private int minimumProbes = ErrorRateLimit.DEFAULT_MINIMUM_PROBES;

    @DataBoundConstructor
    public HttpHealthCheck(String urls) {
        this.urls = Texts.strip(urls);
    }

    @Override
    public Problems check() {
        Problems problems = new Problems()
                .add(HttpCheckSettings.URLS_FIELD, HttpCheckSettings.urls(urls))
                .add(ExpectedStatus.FIELD, ExpectedStatus.check(expectedStatus))
                .add(HttpCheckSettings.TIMEOUT_FIELD, DurationText.check(timeout, Duration.ofSeconds(1)));
        if (!latencyCeiling.isEmpty()) {
            problems.add(
                    HttpCheckSettings.LATENCY_CEILING_FIELD, DurationText.check(latencyCeiling, Duration.ofMillis(1)));
        }
        if (errorRateLimit >= 0) {
            problems.add(ErrorRateLimit.FIELD, ErrorRateLimit.maxFraction(errorRateLimit))
                    .add(ErrorRateLimit.MINIMUM_PROBES_FIELD, ErrorRateLimit.minimumProbes(minimumProbes));
        }
        return problems;
    }

    /** The core settings, after the checks; throws naming every bad field. */
    HttpCheckSettings settings(@CheckForNull Supplier<String> authorization) {
        check().throwIfAny("httpHealthCheck");
        HttpCheckSettings settings = HttpCheckSettings.of(urls)
                .expecting(ExpectedStatus.parse(expectedStatus))
                .withTimeout(DurationText.parse(timeout))
                .withLatencyCeiling(latencyCeiling.isEmpty() ? null : DurationText.parse(latencyCeiling))
                .withErrorRateLimit(errorRateLimit < 0 ? null : new ErrorRateLimit(errorRateLimit, minimumProbes));
        if (authorization != null) {
            settings = settings.withHeaders(ProbeHeaders.NONE.with("Authorization", authorization.get()));
        }
        settings.check().throwIfAny("httpHealthCheck");
        return settings;
    }

    @Override
    public AlertSource open(SourceContext context, @CheckForNull Serializable saved) throws IOException {
        Supplier<String> authorization = authorization(context.run());
        ProbeTally tally = saved instanceof ProbeTally counted ? counted : ProbeTally.none();
        return new HttpHealthSource(settings(authorization), tally);
    }

    @Override
    @CheckForNull
    public Serializable state(AlertSource opened) {
        return opened instanceof HttpHealthSource http ? http.tally() : null;
    }

    public String getUrls() {
        return urls;
    }

    public String getExpectedStatus() {
        return expectedStatus;
    }

    /** Status codes, lists and ranges, e.g. {@code 200-299, 301}. */
    @DataBoundSetter
    public void setExpectedStatus(@CheckForNull String expectedStatus) {
        this.expectedStatus = Texts.isBlank(expectedStatus) ? "200" : Texts.strip(expectedStatus);
    }

    public String getLatencyCeiling() {
        return latencyCeiling;
    }

    /** E.g. {@code 2s}; blank: latency is not judged. */
    @DataBoundSetter
    public void setLatencyCeiling(@CheckForNull String latencyCeiling) {
        this.latencyCeiling = Texts.strip(latencyCeiling);
    }

    public String getTimeout() {
        return timeout;
    }

    @DataBoundSetter
    public void setTimeout(@CheckForNull String timeout) {
        this.timeout = Texts.isBlank(timeout) ? "10s" : Texts.strip(timeout);
    }

    public double getErrorRateLimit() {
        return errorRateLimit;
    }

    /** The largest fraction of failed probes over the watch, e.g. {@code 0.05}; negative: not judged. */
    @DataBoundSetter
    public void setErrorRateLimit(double errorRateLimit) {
        this.errorRateLimit = errorRateLimit;
    }

    public int getMinimumProbes() {
        return minimumProbes;
    }

    @DataBoundSetter
    public void setMinimumProbes(int minimumProbes) {
        this.minimumProbes = minimumProbes;
    }

    @Extension
    @Symbol("httpHealthCheck")
    public static final class DescriptorImpl extends HttpCredentialsSourceDescriptor {
        @Override
        public String getDisplayName() {
            return "HTTP health check";
        }

        @POST
        public FormValidation doCheckUrls(@AncestorInPath Item item, @QueryParameter String value) {
            return check(item, value, HttpCheckSettings::urls);
        }

        @POST
        public FormValidation doCheckExpectedStatus(@AncestorInPath Item item, @QueryParameter String value) {
            return check(item, value, ExpectedStatus::check);
        }

        @POST
        public FormValidation doCheckTimeout(@AncestorInPath Item item, @QueryParameter String value) {
            return check(item, value, v -> DurationText.check(v, Duration.ofSeconds(1)));
        }

        @POST
        public FormValidation doCheckLatencyCeiling(@AncestorInPath Item item, @QueryParameter String value) {
            return check(
                    item,
                    value,
                    v -> Texts.isBlank(v) ? Optional.empty() : DurationText.check(v, Duration.ofMillis(1)));
        }
    }
}
