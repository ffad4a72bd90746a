package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.bundle.BundleFormat;
import io.jenkins.plugins.canarydeploy.bundle.ComputePlatform;
import io.jenkins.plugins.canarydeploy.push.PushRequest;
import io.jenkins.plugins.canarydeploy.s3.Encryption;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import org.junit.jupiter.api.Test;

/** The push step's translation into the core request; the Jenkins side is covered by CodeDeployPushStepITest. */
class CodeDeployPushStepTest {
    @Test
    void shouldTranslateItsFieldsIntoARequest() {
        CodeDeployPushStep step = new CodeDeployPushStep(" milestone3shraddha ");
        step.setPrefix("bucketlist");
        step.setSource("build/deploy");
        step.setFormat("tgz");
        step.setComputePlatform("ECS");
        step.setSkipAppSpecCheck(true);
        step.setEncryption("aws:kms");
        step.setKmsKeyId("alias/deploy-bundles");
        step.setContentAddressed(true);

        PushRequest request = step.toRequest("folder/canary-demo", "7");

        assertThat(request.bundle().format()).isEqualTo(BundleFormat.TGZ);
        assertThat(request.bundle().platform()).isEqualTo(ComputePlatform.ECS);
        assertThat(request.bundle().checkAppSpec()).isFalse();
        assertThat(request.bundle().source()).isEqualTo("build/deploy");
        assertThat(request.target().bucket()).isEqualTo("milestone3shraddha");
        assertThat(request.target().sdkEncryption()).isEqualTo(Encryption.kms("alias/deploy-bundles"));
        assertThat(request.target().template().template()).isEqualTo("${prefix}/${fingerprint}${ext}");
        assertThat(request.job()).isEqualTo("folder/canary-demo");
        assertThat(request.build()).isEqualTo("7");
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        CodeDeployPushStep step = new CodeDeployPushStep("Bad_Bucket");
        step.setSource("../elsewhere");
        step.setFormat("rar");
        step.setKeyTemplate("${nope}/x");
        step.setEncryption("AES256");
        step.setKmsKeyId("alias/x");
        step.setRegion("Frankfurt");

        assertThatThrownBy(() -> step.toRequest("job", "1"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("codeDeployPush has invalid settings: ")
                .satisfies(e -> assertThat(((InvalidSettingsException) e).getProblems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("source", "format", "bucket", "keyTemplate", "kmsKeyId", "region"));
    }
}
