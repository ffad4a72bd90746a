package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import org.junit.jupiter.api.Test;

/** The step's translation into the core request; the Jenkins side is covered by CodeDeployStepITest. */
class CodeDeployStepTest {
    @Test
    void shouldTranslateItsFieldsIntoARequest() {
        CodeDeployStep step = new CodeDeployStep(" BucketList ", "Canary");
        step.setBucket("milestone3shraddha");
        step.setKey("bucketlist/build-7.tar.gz");
        step.setEtag("\"abc\"");
        step.setVersion(" v3 ");
        step.setDeploymentConfig("");

        DeploymentRequest request = step.toRequest("canary-release #7");

        assertThat(request.application()).isEqualTo("BucketList");
        assertThat(request.deploymentGroup()).isEqualTo("Canary");
        assertThat(request.revision().bundleType()).as("taken from the key").isEqualTo("tgz");
        assertThat(request.revision().eTag()).isEqualTo("\"abc\"");
        assertThat(request.revision().version()).isEqualTo("v3");
        assertThat(request.deploymentConfig()).isNull();
        assertThat(request.description()).isEqualTo("canary-release #7");
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        CodeDeployStep step = new CodeDeployStep("", "Prod Deploy");
        step.setBucket("Bad_Bucket");
        step.setRegion("Frankfurt");
        step.setTimeoutMinutes(0);

        assertThatThrownBy(() -> step.toRequest("job #1"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("codeDeploy has invalid settings: ")
                .satisfies(e -> assertThat(((InvalidSettingsException) e).getProblems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder(
                                "bucket", "key", "application", "deploymentGroup", "region", "timeoutMinutes"));
    }

    @Test
    void shouldNameThePolicyFieldWhenItIsUnknown() {
        CodeDeployStep step = new CodeDeployStep("BucketList", "Canary");
        step.setBucket("releases");
        step.setKey("app.zip");
        step.setUnstableBuilds("sometimes");

        assertThatThrownBy(() -> step.toRequest("job #1"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("'unstableBuilds': 'sometimes' is not a way to treat unstable builds");
    }
}
