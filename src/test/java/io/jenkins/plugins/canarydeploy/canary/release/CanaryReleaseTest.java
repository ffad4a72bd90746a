package io.jenkins.plugins.canarydeploy.canary.release;

import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.ALARM;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.APP;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.BAKE;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.CANARY;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PLAN;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PREVIOUS;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PREVIOUS_ID;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.PROD;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.REVISION;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.creates;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.release;
import static io.jenkins.plugins.canarydeploy.canary.release.ReleaseFixture.s3Location;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.canarydeploy.canary.CanaryVerdict;
import io.jenkins.plugins.canarydeploy.canary.FiringAlert;
import io.jenkins.plugins.canarydeploy.deploy.BuildResult;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentVerdict;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.codedeploy.model.ErrorCode;

/** The canary release end to end against the simulator, through the real SDK clients, on a simulated clock. */
@ExtendWith(AwsSimulatorExtension.class)
class CanaryReleaseTest {
    private AwsSimulator aws;
    private SimulatedClock clock;

    @BeforeEach
    void groups(AwsSimulator simulator, SimulatedClock simulatedClock) {
        aws = simulator;
        clock = simulatedClock;
        ReleaseFixture.groups(aws);
    }

    @Test
    void shouldPromoteTheVerySameRevisionAfterACleanBakeWindow() {
        aws.codeDeploy().group(APP, CANARY).nextDeployment().succeedsAt(Duration.ofMinutes(3));
        ReleaseDriver driver = ReleaseDriver.start(release(aws, PLAN), clock, REVISION);

        ReleaseOutcome outcome = driver.run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.SUCCESS);
        assertThat(outcome.promoted()).isTrue();
        assertThat(outcome.canary().verdict()).isEqualTo(DeploymentVerdict.SUCCEEDED);
        assertThat(outcome.verdict()).isEqualTo(CanaryVerdict.PASS);
        assertThat(outcome.production().deploymentGroup()).isEqualTo(PROD);
        assertThat(outcome.rollback()).isNull();
        assertThat(creates(aws, CANARY)).hasSize(1);
        assertThat(creates(aws, PROD)).singleElement().satisfies(prod -> {
            assertThat(s3Location(prod))
                    .isEqualTo(s3Location(creates(aws, CANARY).get(0)));
            assertSameRevision(s3Location(prod));
            Instant canaryDone = outcome.canary().finishedAt();
            assertThat(prod.receivedAt()).as("promoted after the bake window").isAfterOrEqualTo(canaryDone.plus(BAKE));
        });
        assertThat(driver.log)
                .contains("Created production deployment "
                        + outcome.production().deploymentId() + " of " + REVISION + " to BucketList/ProdDeploy")
                .last()
                .asString()
                .contains("Canary release of", "PASS", "=> SUCCESS");
    }

    @Test
    void shouldHoldBackAndRedeployThePreviousCanaryRevisionWhenTheCanaryAlarmFires() {
        aws.codeDeploy().group(APP, CANARY).nextDeployment().succeedsAt(Duration.ofMinutes(3));
        aws.cloudWatch().alarm(ALARM).at(Duration.ofMinutes(7), StateValue.ALARM, "5xx rate 12% > 5%");
        ReleaseDriver driver = ReleaseDriver.start(release(aws, PLAN), clock, REVISION);

        ReleaseOutcome outcome = driver.run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(outcome.promoted()).isFalse();
        assertThat(outcome.verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(outcome.canaryDecision().alerts())
                .extracting(FiringAlert::name)
                .containsExactly(ALARM);
        assertThat(outcome.production()).isNull();
        assertThat(creates(aws, PROD)).as("never promoted").isEmpty();
        assertThat(creates(aws, CANARY)).hasSize(2);
        JsonNode redeployed = s3Location(creates(aws, CANARY).get(1));
        assertThat(redeployed.path("key").asText()).isEqualTo(PREVIOUS.key());
        assertThat(redeployed.path("eTag").asText()).isEqualTo(PREVIOUS.eTag());
        assertThat(redeployed.path("version").asText()).isEqualTo(PREVIOUS.version());
        assertThat(outcome.rollback().succeeded()).isTrue();
        assertThat(outcome.rollback().deploymentGroup()).isEqualTo(CANARY);
        assertThat(outcome.rollbackNote()).contains(PREVIOUS_ID, PREVIOUS.key());
        assertThat(outcome.toMap())
                .containsEntry("result", "UNSTABLE")
                .containsEntry("promoted", false)
                .containsEntry("verdict", "FAIL");
        assertThat(driver.log).anySatisfy(line -> assertThat(line).contains("Rolling the canary back", PREVIOUS_ID));
    }

    @Test
    void shouldLeaveAFailedCanaryAsItIsWhenRollbackIsNone() {
        aws.codeDeploy().group(APP, CANARY).nextDeployment().succeedsAt(Duration.ofMinutes(3));
        aws.cloudWatch().alarm(ALARM).at(Duration.ofMinutes(5), StateValue.ALARM, "latency p99 2.3 s");

        ReleaseOutcome outcome = ReleaseDriver.start(
                        release(aws, PLAN.withRollback(RollbackPolicy.NONE)), clock, REVISION)
                .run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(outcome.rollback()).isNull();
        assertThat(outcome.rollbackNote()).contains("rollback is none", "Canary keeps " + REVISION);
        assertThat(creates(aws, CANARY)).hasSize(1);
        assertThat(creates(aws, PROD)).isEmpty();
        assertThat(aws.requests("GetDeploymentGroup"))
                .as("no previous revision needed")
                .noneMatch(r -> r.body().path("deploymentGroupName").asText().equals(CANARY));
    }

    @Test
    void shouldSayWhyAFailedCanaryCannotBeRolledBackWhenNothingSucceededBefore() {
        aws.codeDeploy()
                .group(APP, "FreshCanary")
                .targets("i-canary9")
                .nextDeployment()
                .succeedsAt(Duration.ofMinutes(2));
        aws.cloudWatch().alarm(ALARM).at(Duration.ofMinutes(4), StateValue.ALARM, "errors");
        ReleaseDriver driver = ReleaseDriver.start(
                release(aws, ReleasePlan.of(APP, "FreshCanary", PROD, ReleaseFixture.WATCH)), clock, REVISION);

        ReleaseOutcome outcome = driver.run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(outcome.rollback()).isNull();
        assertThat(outcome.rollbackNote()).contains("no deployment has succeeded on FreshCanary before this release");
        assertThat(creates(aws, "FreshCanary")).hasSize(1);
        assertThat(driver.log.get(1)).startsWith("A failed canary cannot be rolled back: no deployment has succeeded");
    }

    @Test
    void shouldStopWithoutWatchOrPromotionWhenTheCanaryDeploymentFails() {
        aws.codeDeploy()
                .group(APP, CANARY)
                .nextDeployment()
                .failAt(Duration.ofMinutes(2), ErrorCode.HEALTH_CONSTRAINTS, "too many unhealthy instances");
        ReleaseDriver driver = ReleaseDriver.start(release(aws, PLAN), clock, REVISION);

        ReleaseOutcome outcome = driver.run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.canary().verdict()).isEqualTo(DeploymentVerdict.FAILED);
        assertThat(outcome.canaryDecision()).isNull();
        assertThat(outcome.promoted()).isFalse();
        assertThat(driver.state().watch()).isNull();
        assertThat(aws.requests("DescribeAlarms")).as("no watch").isEmpty();
        assertThat(creates(aws, PROD)).isEmpty();
        assertThat(creates(aws, CANARY)).hasSize(1);
        assertThat(driver.log)
                .contains("The canary deployment did not succeed: no watch, and no promotion to ProdDeploy");
    }

    @Test
    void shouldFailWhenTheProductionDeploymentFails() {
        aws.codeDeploy().group(APP, CANARY).nextDeployment().succeedsAt(Duration.ofMinutes(3));
        aws.codeDeploy()
                .group(APP, PROD)
                .nextDeployment()
                .failAt(Duration.ofMinutes(4), ErrorCode.HEALTH_CONSTRAINTS, "i-prod2 failed");

        ReleaseOutcome outcome =
                ReleaseDriver.start(release(aws, PLAN), clock, REVISION).run();

        assertThat(outcome.buildResult()).isEqualTo(BuildResult.FAILURE);
        assertThat(outcome.verdict()).isEqualTo(CanaryVerdict.PASS);
        assertThat(outcome.promoted()).isFalse();
        assertThat(outcome.production().verdict()).isEqualTo(DeploymentVerdict.FAILED);
    }

    private static void assertSameRevision(JsonNode location) {
        assertThat(location.path("bucket").asText()).isEqualTo(REVISION.bucket());
        assertThat(location.path("key").asText()).isEqualTo(REVISION.key());
        assertThat(location.path("bundleType").asText()).isEqualTo(REVISION.bundleType());
        assertThat(location.path("eTag").asText()).isEqualTo(REVISION.eTag());
        assertThat(location.path("version").asText()).isEqualTo(REVISION.version());
    }
}
