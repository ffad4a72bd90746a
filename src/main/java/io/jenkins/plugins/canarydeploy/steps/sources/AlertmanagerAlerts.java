package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.canarydeploy.canary.AlertMatchers;
import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.canary.AlertmanagerSource;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Optional;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** {@code alertmanagerAlerts}: the canary's active, unsilenced, uninhibited alerts in Prometheus Alertmanager. */
public final class AlertmanagerAlerts extends HttpCredentialsSource {
    private static final long serialVersionUID = 1L;

    private final String url;
    private final String matchers;

    @DataBoundConstructor
    public AlertmanagerAlerts(String url, String matchers) {
        this.url = Texts.strip(url);
        this.matchers = Texts.strip(matchers);
    }

    @Override
    public Problems check() {
        return new Problems().add("url", url(url)).add(AlertMatchers.FIELD, AlertMatchers.check(matchers));
    }

    @Override
    public AlertSource open(SourceContext context, @CheckForNull Serializable saved) throws IOException {
        check().throwIfAny("alertmanagerAlerts");
        return new AlertmanagerSource(URI.create(url), matchers, authorization(context.run()));
    }

    static Optional<String> url(@CheckForNull String text) {
        String value = Texts.strip(text);
        if (value.isEmpty()) {
            return Optional.of("Give the Alertmanager base URL, e.g. http://alertmanager:9093/");
        }
        try {
            URI uri = new URI(value);
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!http || uri.getHost() == null) {
                return Optional.of("'" + value + "' is not an http(s) URL with a host, e.g. http://alertmanager:9093/");
            }
            if (uri.getUserInfo() != null) {
                return Optional.of("Put no user name or password in the URL: choose credentials instead.");
            }
            return Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.of("'" + value + "' is not a URL (" + e.getReason() + "), e.g. http://alertmanager:9093/");
        }
    }

    public String getUrl() {
        return url;
    }

    public String getMatchers() {
        return matchers;
    }

    @Extension
    @Symbol("alertmanagerAlerts")
    public static final class DescriptorImpl extends HttpCredentialsSourceDescriptor {
        @Override
        public String getDisplayName() {
            return "Prometheus Alertmanager alerts";
        }

        @POST
        public FormValidation doCheckUrl(@AncestorInPath Item item, @QueryParameter String value) {
            return check(item, value, AlertmanagerAlerts::url);
        }

        @POST
        public FormValidation doCheckMatchers(@AncestorInPath Item item, @QueryParameter String value) {
            return check(item, value, AlertMatchers::check);
        }
    }
}
