package io.jenkins.plugins.canarydeploy.canary.release;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentException;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentStarter;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import io.jenkins.plugins.canarydeploy.deploy.PollSchedule;
import io.jenkins.plugins.canarydeploy.deploy.StartedDeployment;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/**
 * Creates the deployments of a canary release: the canary, the promotion of the very same revision, and the rollback
 * of a failed canary to its previous revision. Once the canary has been deployed, CodeDeploy refusing a deployment
 * ends the release with the reason instead of throwing, so that the outcome keeps the canary's verdict.
 */
final class ReleaseDeployments {
    private final ReleasePlan plan;
    private final PollSchedule schedule;
    private final DeploymentStarter starter;
    private final PreviousRevision previous;

    ReleaseDeployments(CodeDeployClient client, ReleasePlan plan, PollSchedule schedule) {
        this.plan = plan;
        this.schedule = schedule;
        this.starter = new DeploymentStarter(client);
        this.previous = new PreviousRevision(client);
    }

    /** Reads what a failed canary would go back to, then deploys the revision to the canary group. */
    ReleasePoll canary(S3Revision revision, Instant now, List<String> log) {
        RollbackTarget target = rollbackTarget(revision, log);
        FollowState canary = deploy(plan.canaryGroup(), revision, plan.description(), now, log, "canary");
        return new ReleasePoll(ReleaseState.started(revision, now, target, canary), log, canary.delay());
    }

    ReleasePoll promote(ReleaseState state, ReleaseOutcome known, Instant now, List<String> log) {
        log.add("Promoting the canary's revision " + state.revision() + " to " + plan.productionGroup());
        try {
            FollowState follow =
                    deploy(plan.productionGroup(), state.revision(), plan.description(), now, log, "production");
            return new ReleasePoll(state.promoting(known, follow), log, follow.delay());
        } catch (DeploymentException e) {
            return finish(state.done(known.failed("not promoted: " + e.getMessage())), log);
        }
    }

    ReleasePoll rollBack(ReleaseState state, ReleaseOutcome known, Instant now, List<String> log) {
        log.add("Not promoting to " + plan.productionGroup());
        RollbackTarget target = state.rollbackTarget();
        S3Revision revision = target.revision();
        if (plan.rollback() == RollbackPolicy.NONE || revision == null) {
            String note = target.explanation() + "; " + plan.canaryGroup() + " keeps " + state.revision();
            log.add("Not rolling the canary back: " + note);
            return finish(state.done(known.rollbackNote(note)), log);
        }
        log.add("Rolling the canary back to " + target.explanation());
        ReleaseOutcome noted = known.rollbackNote("redeployed " + target.explanation());
        String description = "Rollback of the failed canary " + state.canaryDeploymentId();
        try {
            FollowState follow = deploy(plan.canaryGroup(), revision, description, now, log, "rollback");
            return new ReleasePoll(state.rollingBack(noted, follow), log, follow.delay());
        } catch (DeploymentException e) {
            return finish(state.done(noted.failed("the canary could not be rolled back: " + e.getMessage())), log);
        }
    }

    /** The poll that ends the release: logs the outcome's summary last. */
    static ReleasePoll finish(ReleaseState done, List<String> log) {
        ReleaseOutcome outcome = done.outcome();
        if (outcome != null) {
            log.add(outcome.summary());
        }
        return new ReleasePoll(done, log, Duration.ZERO);
    }

    private RollbackTarget rollbackTarget(S3Revision revision, List<String> log) {
        if (plan.rollback() == RollbackPolicy.NONE) {
            log.add("A failed canary is left as it is (rollback: none)");
            return RollbackTarget.none("rollback is none");
        }
        RollbackTarget target = previous.find(plan.application(), plan.canaryGroup(), revision);
        log.add(
                target.revision() == null
                        ? "A failed canary cannot be rolled back: " + target.explanation()
                        : "A failed canary goes back to " + target.explanation());
        return target;
    }

    private FollowState deploy(
            String group,
            S3Revision revision,
            @CheckForNull String description,
            Instant now,
            List<String> log,
            String what) {
        StartedDeployment started = starter.create(plan.request(group, revision, description));
        log.add("Created " + what + " deployment " + started.deploymentId() + " of " + revision + " to "
                + plan.application() + "/" + group);
        log.addAll(started.notes());
        return FollowState.started(
                started.deploymentId(), group, now, plan.deploymentTimeout(), schedule, plan.readyPolicy());
    }
}
