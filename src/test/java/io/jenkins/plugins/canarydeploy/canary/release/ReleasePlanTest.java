package io.jenkins.plugins.canarydeploy.canary.release;

import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.REVISION;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.WATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class ReleasePlanTest {
    @Test
    void shouldNameEveryBadFieldWithItsFix() {
        ReleasePlan plan = ReleasePlan.of(" ", "Canary", "Canary ", WATCH);
        S3Revision revision = new S3Revision("Bad_Bucket", "app.tgz", "tgz", null, null);

        List<FieldProblem> problems = plan.check(revision).list();

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactly("bucket", "application", "productionGroup");
        assertThat(problems.get(2).message()).contains("must not be the canary group", "ProdDeploy");
    }

    @Test
    void shouldPassAGoodPlan() {
        assertThat(ReleaseFixture.PLAN.check(REVISION).list()).isEmpty();
    }

    @Test
    @ExtendWith(AwsSimulatorExtension.class)
    void shouldRefuseToStartABadPlanBeforeAskingCodeDeployAnything(AwsSimulator aws) {
        CanaryRelease release = ReleaseFixture.release(aws, ReleasePlan.of("BucketList", "Canary", "Canary", WATCH));

        assertThatThrownBy(() -> release.start(REVISION, aws.clock().instant()))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("The canary release has invalid settings")
                .hasMessageContaining("productionGroup");
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void shouldReadThePoliciesFromFieldText() {
        assertThat(RollbackPolicy.fromText("")).contains(RollbackPolicy.REDEPLOY);
        assertThat(RollbackPolicy.fromText(" None ")).contains(RollbackPolicy.NONE);
        assertThat(NoDataAction.fromText(null)).contains(NoDataAction.ROLL_BACK);
        assertThat(NoDataAction.fromText("rollback")).contains(NoDataAction.ROLL_BACK);
        assertThat(NoDataAction.fromText("roll-back")).contains(NoDataAction.ROLL_BACK);
        assertThat(NoDataAction.fromText("ASK")).contains(NoDataAction.ASK);
        assertThat(RollbackPolicy.check("revert")).get().asString().contains("'revert'", "redeploy", "none");
        assertThat(NoDataAction.check("maybe")).get().asString().contains("'maybe'", "promote", "roll_back", "ask");
    }

    @Test
    void shouldRefuseANonPositiveTimeout() {
        assertThatThrownBy(() -> ReleaseFixture.PLAN.withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deployment timeout");
    }
}
