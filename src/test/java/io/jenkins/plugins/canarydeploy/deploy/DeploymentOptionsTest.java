package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each field's check names the field and the fix; the request gathers every problem at once. */
class DeploymentOptionsTest {
    @Test
    void shouldAcceptTheThreeFileExistsBehaviorsInAnyCaseAndNothingElse() {
        assertThat(DeploymentOptions.fileExistsBehavior("")).isEmpty();
        assertThat(DeploymentOptions.fileExistsBehavior(" retain ")).isEmpty();
        assertThat(DeploymentOptions.fileExistsBehavior("replace"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("'replace' is not a fileExistsBehavior")
                        .contains("DISALLOW")
                        .contains("OVERWRITE")
                        .contains("RETAIN"));
    }

    @Test
    void shouldRefuseFileExistsBehaviorForLambdaAndEcsGroups() {
        assertThat(DeploymentOptions.fileExistsBehavior("OVERWRITE", "Server")).isEmpty();
        assertThat(DeploymentOptions.fileExistsBehavior("", "Lambda")).isEmpty();
        assertThat(DeploymentOptions.fileExistsBehavior("OVERWRITE", "ECS"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("EC2/on-premises deployments only")
                        .contains("ECS group")
                        .contains("leave 'fileExistsBehavior' empty"));
        assertThat(DeploymentOptions.fileExistsBehavior("OVERWRITE", "lambda"))
                .hasValueSatisfying(message -> assertThat(message).contains("a Lambda group"));
    }

    @Test
    void shouldAllowAtMostTenAlarmsEachOnce() {
        assertThat(AlarmOverride.alarms("HighCPU, Http 5xx rate\nLatencyP99")).isEmpty();
        assertThat(AlarmOverride.alarms("a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("'alarms' names 12 alarms")
                        .contains("at most 10")
                        .contains("remove 2"));
        assertThat(AlarmOverride.alarms("HighCPU, HighCPU"))
                .hasValueSatisfying(message -> assertThat(message).contains("HighCPU twice"));
        assertThat(AlarmOverride.alarms("x".repeat(256)))
                .hasValueSatisfying(message -> assertThat(message).contains("at most 255"));
        assertThat(AlarmOverride.of(true, false, " ").check().list())
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("'alarms' is empty")
                .contains("disable the override");
        assertThat(AlarmOverride.of(false, false, "").check().list())
                .as("disabled: watch no alarm")
                .isEmpty();
    }

    @Test
    void shouldKnowOnlyCodeDeploysRollbackEvents() {
        assertThat(AutoRollback.events("deployment_failure, DEPLOYMENT_STOP_ON_REQUEST"))
                .isEmpty();
        assertThat(AutoRollback.events("DEPLOYMENT_FAILURE ON_ALARM"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("'autoRollbackEvents' has ON_ALARM")
                        .contains("DEPLOYMENT_STOP_ON_ALARM"));
        assertThat(AutoRollback.of(true, "").check().list())
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("names no event");
        assertThat(AutoRollback.of(false, "").check().list()).isEmpty();
    }

    @Test
    void shouldCheckTargetInstanceTagsAndGroups() {
        assertThat(ReplacementInstances.tags("Env=green, Role\n=blue")).isEmpty();
        assertThat(ReplacementInstances.tags("Env=green, ="))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("'targetInstanceTags' has '='")
                        .contains("Key=Value"));
        assertThat(ReplacementInstances.tags("k".repeat(129) + "=v"))
                .hasValueSatisfying(message -> assertThat(message).contains("at most 128"));
        assertThat(ReplacementInstances.autoScalingGroups("asg-green, asg-green"))
                .hasValueSatisfying(message -> assertThat(message).contains("'targetAutoScalingGroups'"));
        assertThat(ReplacementInstances.of("", "").check().list())
                .extracting(FieldProblem::field)
                .containsExactly("targetInstanceTags");
    }

    @Test
    void shouldNameEveryBadFieldOfTheRequestAtOnce() {
        DeploymentRequest request = new DeploymentRequest(
                        "Bucket List", "", TargetProgressFollowTest.REVISION, "no spaces please", null)
                .withOptions(DeploymentOptions.NONE
                        .withFileExistsBehavior("keep")
                        .withTargetInstances(ReplacementInstances.of("=", ""))
                        .withAutoRollback(AutoRollback.of(true, "SOMETIMES"))
                        .withAlarmOverride(AlarmOverride.of(true, false, "")));

        List<FieldProblem> problems = request.check().list();

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactly(
                        "application",
                        "deploymentGroup",
                        "deploymentConfig",
                        "fileExistsBehavior",
                        "targetInstanceTags",
                        "autoRollbackEvents",
                        "alarms");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).endsWith("."));
    }

    @Test
    void shouldKeepTheRequestWithoutOptionsAsBefore() {
        DeploymentRequest request =
                new DeploymentRequest("BucketList", "Canary", TargetProgressFollowTest.REVISION, null, "build #7");

        assertThat(request.options()).isEqualTo(DeploymentOptions.NONE);
        assertThat(request.check().list()).isEmpty();
        assertThat(DeploymentOptions.NONE.withFileExistsBehavior(" ").fileExistsBehavior())
                .isNull();
    }
}
