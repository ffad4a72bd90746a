package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.canary.release.NoDataAction;
import io.jenkins.plugins.canarydeploy.canary.release.ReleasePlan;
import io.jenkins.plugins.canarydeploy.canary.release.RollbackPolicy;
import io.jenkins.plugins.canarydeploy.deploy.ReadyPolicy;
import io.jenkins.plugins.canarydeploy.steps.sources.CloudWatchAlarms;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step's translation into a release plan; the Jenkins side is covered by CanaryReleaseStepITest. */
class CanaryReleaseStepTest {
    @Test
    void shouldTurnItsFieldsIntoAReleasePlan() {
        CanaryReleaseStep step = step();
        step.setRevision(new S3RevisionArgument("releases", "bucketlist/8.tgz"));
        step.setBakeWindow("15m");
        step.setRollback("none");
        step.setOnNoData("ask");
        step.setReadyPolicy("wait");
        step.setTimeoutMinutes(30);

        ReleasePlan plan = step.spec().plan("BucketList #8");

        assertThat(plan.application()).isEqualTo("BucketList");
        assertThat(plan.canaryGroup()).isEqualTo("Canary");
        assertThat(plan.productionGroup()).isEqualTo("ProdDeploy");
        assertThat(plan.description()).isEqualTo("BucketList #8");
        assertThat(plan.watch().bakeWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(plan.rollback()).isEqualTo(RollbackPolicy.NONE);
        assertThat(plan.onNoData()).isEqualTo(NoDataAction.ASK);
        assertThat(plan.readyPolicy()).isEqualTo(ReadyPolicy.WAIT);
        assertThat(plan.deploymentTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void shouldDefaultToRollingBackAFailedOrBlindCanary() {
        CanaryReleaseStep step = step();
        step.setRollback(" ");
        step.setOnNoData(null);

        ReleasePlan plan = step.spec().plan("BucketList #8");

        assertThat(plan.rollback()).isEqualTo(RollbackPolicy.REDEPLOY);
        assertThat(plan.onNoData()).isEqualTo(NoDataAction.ROLL_BACK);
    }

    @Test
    void shouldNameEveryBadField() {
        CanaryReleaseStep step = new CanaryReleaseStep("", "Canary", "Canary", List.of(new CloudWatchAlarms()));
        step.setRollback("later");
        step.setOnNoData("shrug");
        step.setTimeoutMinutes(0);

        assertThatThrownBy(step::spec)
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("canaryRelease has invalid settings: ")
                .satisfies(e -> assertThat(((InvalidSettingsException) e).getProblems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder(
                                "application", "productionGroup", "rollback", "onNoData", "timeoutMinutes"));
    }

    private static CanaryReleaseStep step() {
        return new CanaryReleaseStep("BucketList", "Canary", "ProdDeploy", List.of(new CloudWatchAlarms()));
    }
}
