package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.canary.release.NoDataAction;
import io.jenkins.plugins.canarydeploy.canary.release.ReleasePlan;
import io.jenkins.plugins.canarydeploy.canary.release.RollbackPolicy;
import io.jenkins.plugins.canarydeploy.deploy.ReadyPolicy;
import java.io.Serializable;
import java.time.Duration;

/**
 * A checked canary release, as its execution keeps it across a controller restart: the groups, the texts of its
 * policies and the watch. A plain class: Pipeline state cannot hold records; the plan is built again from it.
 */
final class ReleaseSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String application;
    private final String canaryGroup;
    private final String productionGroup;

    @CheckForNull
    private final String description;

    private final int timeoutMinutes;
    private final String readyPolicy;
    private final String rollback;
    private final String onNoData;
    private final WatchSpec watch;

    ReleaseSpec(CanaryReleaseStep step, WatchSpec watch) {
        this.application = step.getApplication();
        this.canaryGroup = step.getCanaryGroup();
        this.productionGroup = step.getProductionGroup();
        this.description = step.getDescription().isEmpty() ? null : step.getDescription();
        this.timeoutMinutes = step.getTimeoutMinutes();
        this.readyPolicy = step.getReadyPolicy();
        this.rollback = step.getRollback();
        this.onNoData = step.getOnNoData();
        this.watch = watch;
    }

    ReleasePlan plan(String defaultDescription) {
        return ReleasePlan.of(application, canaryGroup, productionGroup, watch.settings())
                .withDescription(description == null ? defaultDescription : description)
                .withTimeout(Duration.ofMinutes(timeoutMinutes))
                .withReadyPolicy(ReadyPolicy.fromText(readyPolicy).orElse(ReadyPolicy.CONTINUE))
                .withRollback(RollbackPolicy.fromText(rollback).orElse(RollbackPolicy.DEFAULT))
                .withNoData(NoDataAction.fromText(onNoData).orElse(NoDataAction.DEFAULT));
    }

    WatchSpec watch() {
        return watch;
    }

    String canaryGroup() {
        return canaryGroup;
    }
}
