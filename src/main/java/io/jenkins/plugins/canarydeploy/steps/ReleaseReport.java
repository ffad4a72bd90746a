package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.actions.DeploymentAction;
import io.jenkins.plugins.canarydeploy.canary.release.ReleaseOutcome;
import io.jenkins.plugins.canarydeploy.canary.release.ReleaseState;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOutcome;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import java.util.List;

/** Puts the deployments of a finished canary release on the build page: canary, production and any rollback. */
final class ReleaseReport {
    private ReleaseReport() {}

    static void record(
            ReleaseOutcome outcome, @CheckForNull ReleaseState last, Run<?, ?> run, @CheckForNull String region) {
        add(outcome.canary(), last == null ? null : last.canaryFollow(), run, region);
        add(outcome.production(), last == null ? null : last.productionFollow(), run, region);
        add(outcome.rollback(), last == null ? null : last.rollbackFollow(), run, region);
    }

    private static void add(
            @CheckForNull DeploymentOutcome deployment,
            @CheckForNull FollowState followed,
            Run<?, ?> run,
            @CheckForNull String region) {
        if (deployment != null) {
            run.addAction(new DeploymentAction(deployment, followed == null ? List.of() : followed.history(), region));
        }
    }
}
