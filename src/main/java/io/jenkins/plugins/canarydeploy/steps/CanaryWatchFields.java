package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.canarydeploy.canary.DurationText;
import io.jenkins.plugins.canarydeploy.canary.WatchFields;
import io.jenkins.plugins.canarydeploy.steps.sources.CanarySource;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The fields of a canary watch, shared by {@code watchCanary} and {@code canaryRelease}: the alert sources, the bake
 * window and its pacing, how many firing checks fail the canary, the no-data policy, and whether a failed canary
 * ends the step with an error instead of marking the build UNSTABLE.
 */
public abstract class CanaryWatchFields extends AwsStep {
    private final ArrayList<CanarySource> sources;
    private String bakeWindow = WatchFields.DEFAULT_BAKE_WINDOW;
    private String pollInterval = WatchFields.DEFAULT_POLL_INTERVAL;
    private String initialDelay = WatchFields.DEFAULT_INITIAL_DELAY;
    private int failedChecks = 1;
    private String noData = WatchFields.DEFAULT_NO_DATA;
    private boolean failOnAlert;

    protected CanaryWatchFields(@CheckForNull List<CanarySource> sources) {
        this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
    }

    /** The problems of the watch fields and of every source, each naming its field. */
    Problems checkWatch() {
        Problems problems = watchFields().check();
        if (sources.isEmpty()) {
            problems.add(
                    "sources",
                    Optional.of("Give at least one alert source, e.g. alertmanagerAlerts(url: ..., matchers: ...),"
                            + " cloudWatchAlarms() or httpHealthCheck(urls: ...)."));
        }
        for (int i = 0; i < sources.size(); i++) {
            String prefix = "sources[" + i + "].";
            sources.get(i).check().list().forEach(p -> problems.add(prefix + p.field(), Optional.of(p.message())));
        }
        return problems;
    }

    WatchFields watchFields() {
        return new WatchFields(bakeWindow, pollInterval, initialDelay, failedChecks, noData);
    }

    public List<CanarySource> getSources() {
        return List.copyOf(sources);
    }

    public String getBakeWindow() {
        return bakeWindow;
    }

    @DataBoundSetter
    public void setBakeWindow(@CheckForNull String bakeWindow) {
        this.bakeWindow = Texts.isBlank(bakeWindow) ? WatchFields.DEFAULT_BAKE_WINDOW : Texts.strip(bakeWindow);
    }

    public String getPollInterval() {
        return pollInterval;
    }

    @DataBoundSetter
    public void setPollInterval(@CheckForNull String pollInterval) {
        this.pollInterval = Texts.isBlank(pollInterval) ? WatchFields.DEFAULT_POLL_INTERVAL : Texts.strip(pollInterval);
    }

    public String getInitialDelay() {
        return initialDelay;
    }

    @DataBoundSetter
    public void setInitialDelay(@CheckForNull String initialDelay) {
        this.initialDelay = Texts.isBlank(initialDelay) ? WatchFields.DEFAULT_INITIAL_DELAY : Texts.strip(initialDelay);
    }

    public int getFailedChecks() {
        return failedChecks;
    }

    @DataBoundSetter
    public void setFailedChecks(int failedChecks) {
        this.failedChecks = failedChecks;
    }

    public String getNoData() {
        return noData;
    }

    @DataBoundSetter
    public void setNoData(@CheckForNull String noData) {
        this.noData = Texts.isBlank(noData) ? WatchFields.DEFAULT_NO_DATA : Texts.strip(noData);
    }

    public boolean isFailOnAlert() {
        return failOnAlert;
    }

    @DataBoundSetter
    public void setFailOnAlert(boolean failOnAlert) {
        this.failOnAlert = failOnAlert;
    }

    /** Checks and choices of the watch fields, beside those of the connection. */
    public abstract static class CanaryWatchDescriptor extends AwsStepDescriptor {
        @POST
        public FormValidation doCheckBakeWindow(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, v -> DurationText.check(v, Duration.ofSeconds(1)));
        }

        @POST
        public FormValidation doCheckPollInterval(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, v -> DurationText.check(v, Duration.ofSeconds(5)));
        }

        @POST
        public FormValidation doCheckInitialDelay(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, v -> DurationText.check(v, Duration.ZERO));
        }

        @POST
        public FormValidation doCheckFailedChecks(@AncestorInPath Item item, @QueryParameter String value) {
            return forms().check(item, value, v -> {
                try {
                    return WatchFields.failedChecks(Integer.parseInt(Texts.strip(v)));
                } catch (NumberFormatException e) {
                    return Optional.of("Give a whole number from 1 to 100.");
                }
            });
        }

        @POST
        public hudson.util.ListBoxModel doFillNoDataItems(@AncestorInPath Item item) {
            return choices(
                    item,
                    "Pass: no data counts as clean",
                    "pass",
                    "Fail: no data fails the canary",
                    "fail",
                    "Pause: the window waits for data, then someone decides",
                    "pause");
        }
    }
}
