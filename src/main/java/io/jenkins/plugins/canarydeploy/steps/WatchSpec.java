package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.canary.NoDataPolicy;
import io.jenkins.plugins.canarydeploy.canary.WatchFields;
import io.jenkins.plugins.canarydeploy.canary.WatchSettings;
import io.jenkins.plugins.canarydeploy.steps.sources.CanarySource;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked watch, as an execution keeps it across a controller restart: the source settings (ids, never secrets)
 * and the field texts. A plain class: Pipeline state cannot hold records.
 */
final class WatchSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ArrayList<CanarySource> sources;
    private final String bakeWindow;
    private final String pollInterval;
    private final String initialDelay;
    private final int failedChecks;
    private final String noData;
    private final boolean failOnAlert;

    @CheckForNull
    private final String application;

    @CheckForNull
    private final String deploymentGroup;

    WatchSpec(CanaryWatchFields fields, @CheckForNull String application, @CheckForNull String deploymentGroup) {
        WatchFields texts = fields.watchFields();
        this.sources = new ArrayList<>(fields.getSources());
        this.bakeWindow = texts.bakeWindow();
        this.pollInterval = texts.pollInterval();
        this.initialDelay = texts.initialDelay();
        this.failedChecks = texts.failedChecks();
        this.noData = texts.noData();
        this.failOnAlert = fields.isFailOnAlert();
        this.application = application;
        this.deploymentGroup = deploymentGroup;
    }

    List<CanarySource> sources() {
        return List.copyOf(sources);
    }

    WatchSettings settings() {
        return new WatchFields(bakeWindow, pollInterval, initialDelay, failedChecks, noData).toSettings("watch");
    }

    NoDataPolicy noDataPolicy() {
        return WatchFields.policyOf(noData);
    }

    boolean failOnAlert() {
        return failOnAlert;
    }

    @CheckForNull
    String application() {
        return application;
    }

    @CheckForNull
    String deploymentGroup() {
        return deploymentGroup;
    }

    /** "Canary watch", or "Canary watch of BucketList/Canary" when the group is known. */
    String title() {
        return application == null || deploymentGroup == null
                ? "Canary watch"
                : "Canary watch of " + application + "/" + deploymentGroup;
    }
}
