package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulatorExtension;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.ComputePlatform;

/** CreateDeployment carries exactly the options that are set, checked first; Lambda and ECS get no fileExists. */
@ExtendWith(AwsSimulatorExtension.class)
class DeploymentStarterOptionsTest {
    private static final List<String> OPTIONAL_FIELDS = List.of(
            "deploymentConfigName",
            "description",
            "fileExistsBehavior",
            "ignoreApplicationStopFailures",
            "updateOutdatedInstancesOnly",
            "targetInstances",
            "autoRollbackConfiguration",
            "overrideAlarmConfiguration");

    private AwsSimulator aws;
    private CodeDeployClient client;

    @BeforeEach
    void connect(AwsSimulator simulator) {
        aws = simulator;
        client = aws.codeDeployClient();
        aws.codeDeploy().group("BucketList", "ProdDeploy");
        aws.codeDeploy().group("BucketList", "LambdaLive").computePlatform(ComputePlatform.LAMBDA);
    }

    @Test
    void shouldSendEveryOptionThatIsSet() {
        DeploymentOptions options = DeploymentOptions.NONE
                .withFileExistsBehavior("overwrite")
                .withIgnoreApplicationStopFailures(true)
                .withUpdateOutdatedInstancesOnly(false)
                .withTargetInstances(ReplacementInstances.of("Env=green, Role", "asg-green"))
                .withAutoRollback(AutoRollback.of(true, "deployment_failure DEPLOYMENT_STOP_ON_ALARM"))
                .withAlarmOverride(AlarmOverride.of(true, true, "HighCPU\nHttp 5xx rate"));

        StartedDeployment started = new DeploymentStarter(client)
                .create(request("ProdDeploy", "CodeDeployDefault.HalfAtATime").withOptions(options));

        assertThat(started.notes()).isEmpty();
        JsonNode body = aws.requests("CreateDeployment").get(0).body();
        assertThat(body.path("deploymentConfigName").asText()).isEqualTo("CodeDeployDefault.HalfAtATime");
        assertThat(body.path("fileExistsBehavior").asText()).isEqualTo("OVERWRITE");
        assertThat(body.path("ignoreApplicationStopFailures").asBoolean()).isTrue();
        assertThat(body.has("updateOutdatedInstancesOnly"))
                .as("false is set, so sent")
                .isTrue();
        assertThat(body.path("updateOutdatedInstancesOnly").asBoolean()).isFalse();
        JsonNode tags = body.path("targetInstances").path("tagFilters");
        assertThat(tags.get(0).path("Key").asText()).isEqualTo("Env");
        assertThat(tags.get(0).path("Value").asText()).isEqualTo("green");
        assertThat(tags.get(0).path("Type").asText()).isEqualTo("KEY_AND_VALUE");
        assertThat(tags.get(1).path("Type").asText()).isEqualTo("KEY_ONLY");
        assertThat(body.path("targetInstances").path("autoScalingGroups").get(0).asText())
                .isEqualTo("asg-green");
        JsonNode rollback = body.path("autoRollbackConfiguration");
        assertThat(rollback.path("enabled").asBoolean()).isTrue();
        assertThat(rollback.path("events").toString())
                .isEqualTo("[\"DEPLOYMENT_FAILURE\",\"DEPLOYMENT_STOP_ON_ALARM\"]");
        JsonNode alarms = body.path("overrideAlarmConfiguration");
        assertThat(alarms.path("enabled").asBoolean()).isTrue();
        assertThat(alarms.path("ignorePollAlarmFailure").asBoolean()).isTrue();
        assertThat(alarms.path("alarms").findValuesAsText("name")).containsExactly("HighCPU", "Http 5xx rate");
        assertThat(aws.requests("GetDeploymentGroup"))
                .as("read once for fileExistsBehavior")
                .hasSize(1);
    }

    @Test
    void shouldSendNothingThatIsNotSet() {
        new DeploymentStarter(client)
                .start(new DeploymentRequest(
                        "BucketList", "ProdDeploy", TargetProgressFollowTest.REVISION, null, null));

        JsonNode body = aws.requests("CreateDeployment").get(0).body();
        assertThat(OPTIONAL_FIELDS)
                .allSatisfy(field -> assertThat(body.has(field)).as(field).isFalse());
        assertThat(aws.requests("GetDeploymentGroup"))
                .as("nothing depends on the group")
                .isEmpty();
    }

    @Test
    void shouldSendADisabledRollbackAndAlarmOverrideAsSuch() {
        new DeploymentStarter(client)
                .start(request("ProdDeploy", null)
                        .withOptions(DeploymentOptions.NONE
                                .withAutoRollback(AutoRollback.of(false, ""))
                                .withAlarmOverride(AlarmOverride.of(false, false, ""))));

        JsonNode body = aws.requests("CreateDeployment").get(0).body();
        assertThat(body.path("autoRollbackConfiguration").path("enabled").asBoolean(true))
                .isFalse();
        assertThat(body.path("overrideAlarmConfiguration").path("enabled").asBoolean(true))
                .isFalse();
        assertThat(body.has("fileExistsBehavior")).isFalse();
    }

    @Test
    void shouldLeaveFileExistsBehaviorOutForALambdaGroupAndSaySo() {
        StartedDeployment started = new DeploymentStarter(client)
                .create(request("LambdaLive", null)
                        .withOptions(DeploymentOptions.NONE
                                .withFileExistsBehavior("RETAIN")
                                .withIgnoreApplicationStopFailures(false)));

        JsonNode body = aws.requests("CreateDeployment").get(0).body();
        assertThat(body.has("fileExistsBehavior")).isFalse();
        assertThat(body.has("ignoreApplicationStopFailures")).isTrue();
        assertThat(aws.requests("GetDeploymentGroup")).hasSize(1);
        assertThat(started.deploymentId()).startsWith("d-");
        assertThat(started.notes())
                .singleElement()
                .asString()
                .contains("fileExistsBehavior RETAIN not sent")
                .contains("LambdaLive")
                .contains("Lambda");
    }

    @Test
    void shouldRefuseBadOptionsBeforeCallingCodeDeploy() {
        DeploymentOptions options = DeploymentOptions.NONE
                .withFileExistsBehavior("REPLACE")
                .withAlarmOverride(AlarmOverride.of(true, false, "a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11"))
                .withAutoRollback(AutoRollback.of(true, "DEPLOYMENT_FAILURE, ON_ALARM"));

        assertThatThrownBy(() -> new DeploymentStarter(client)
                        .start(request("ProdDeploy", null).withOptions(options)))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(p -> p.field())
                                .containsExactly("fileExistsBehavior", "autoRollbackEvents", "alarms"));
        assertThat(aws.requests()).isEmpty();
    }

    private static DeploymentRequest request(String group, String config) {
        return new DeploymentRequest(
                "BucketList",
                group,
                TargetProgressFollowTest.REVISION,
                config,
                "canary-demo #7",
                DeploymentOptions.NONE);
    }
}
