package io.jenkins.plugins.canarydeploy.canary.release;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.canary.WatchSettings;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOptions;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
import io.jenkins.plugins.canarydeploy.deploy.ReadyPolicy;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.time.Duration;
import java.util.Optional;

/**
 * How a canary release runs: the application and its two deployment groups, the deployment options and timeout used
 * for every deployment it makes (each group's own deployment configuration applies), how the canary is watched, how
 * a failed canary is rolled back and what a watch without data leads to. Not persisted: a Pipeline step keeps its own
 * settings and builds the plan again after a restart; the {@link ReleaseState} keeps the revision.
 */
public record ReleasePlan(
        String application,
        String canaryGroup,
        String productionGroup,
        @CheckForNull String description,
        DeploymentOptions options,
        Duration deploymentTimeout,
        ReadyPolicy readyPolicy,
        WatchSettings watch,
        RollbackPolicy rollback,
        NoDataAction onNoData) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

    public ReleasePlan {
        if (deploymentTimeout.isNegative() || deploymentTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "The deployment timeout must be longer than zero, got " + deploymentTimeout);
        }
    }

    /** Default options and timeout, Ready continued at once, redeploy on failure, no data treated as failure. */
    public static ReleasePlan of(String application, String canaryGroup, String productionGroup, WatchSettings watch) {
        return new ReleasePlan(
                application,
                canaryGroup,
                productionGroup,
                null,
                DeploymentOptions.NONE,
                DEFAULT_TIMEOUT,
                ReadyPolicy.CONTINUE,
                watch,
                RollbackPolicy.DEFAULT,
                NoDataAction.DEFAULT);
    }

    public ReleasePlan withDescription(@CheckForNull String text) {
        return new ReleasePlan(
                application,
                canaryGroup,
                productionGroup,
                text,
                options,
                deploymentTimeout,
                readyPolicy,
                watch,
                rollback,
                onNoData);
    }

    public ReleasePlan withOptions(DeploymentOptions newOptions) {
        return new ReleasePlan(
                application,
                canaryGroup,
                productionGroup,
                description,
                newOptions,
                deploymentTimeout,
                readyPolicy,
                watch,
                rollback,
                onNoData);
    }

    public ReleasePlan withTimeout(Duration timeout) {
        return new ReleasePlan(
                application,
                canaryGroup,
                productionGroup,
                description,
                options,
                timeout,
                readyPolicy,
                watch,
                rollback,
                onNoData);
    }

    public ReleasePlan withReadyPolicy(ReadyPolicy policy) {
        return new ReleasePlan(
                application,
                canaryGroup,
                productionGroup,
                description,
                options,
                deploymentTimeout,
                policy,
                watch,
                rollback,
                onNoData);
    }

    public ReleasePlan withWatch(WatchSettings settings) {
        return new ReleasePlan(
                application,
                canaryGroup,
                productionGroup,
                description,
                options,
                deploymentTimeout,
                readyPolicy,
                settings,
                rollback,
                onNoData);
    }

    public ReleasePlan withRollback(RollbackPolicy policy) {
        return new ReleasePlan(
                application,
                canaryGroup,
                productionGroup,
                description,
                options,
                deploymentTimeout,
                readyPolicy,
                watch,
                policy,
                onNoData);
    }

    public ReleasePlan withNoData(NoDataAction action) {
        return new ReleasePlan(
                application,
                canaryGroup,
                productionGroup,
                description,
                options,
                deploymentTimeout,
                readyPolicy,
                watch,
                rollback,
                action);
    }

    /** The request that deploys {@code revision} to {@code group} with the plan's options. */
    DeploymentRequest request(String group, S3Revision revision, @CheckForNull String text) {
        return new DeploymentRequest(application, group, revision, null, text, options);
    }

    /** Every problem of the plan and the revision, named as the step's fields are. */
    public Problems check(S3Revision revision) {
        return S3Revision.check(revision.bucket(), revision.key(), revision.bundleType())
                .add("application", DeploymentRequest.application(application))
                .add("canaryGroup", DeploymentRequest.deploymentGroup(canaryGroup))
                .add(
                        "productionGroup",
                        DeploymentRequest.deploymentGroup(productionGroup).or(this::sameGroups))
                .addAll(options.check());
    }

    private Optional<String> sameGroups() {
        if (canaryGroup.strip().equals(productionGroup.strip())) {
            return Optional.of("The production group must not be the canary group '" + canaryGroup.strip()
                    + "': give the group that serves production, e.g. ProdDeploy.");
        }
        return Optional.empty();
    }
}
