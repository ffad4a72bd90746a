package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.deploy.ResultGate.UnstablePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResultGateTest {
    @ParameterizedTest
    @ValueSource(strings = {"FAILURE", "ABORTED", "aborted"})
    void shouldNeverDeployAFailedOrAbortedBuild(String result) {
        for (UnstablePolicy policy : UnstablePolicy.values()) {
            assertThat(ResultGate.refusal(result, policy, "Canary"))
                    .hasValueSatisfying(reason -> assertThat(reason)
                            .startsWith("Not deploying to Canary: the build is "
                                    + result.toUpperCase(java.util.Locale.ROOT)));
        }
    }

    @ParameterizedTest
    @EnumSource(UnstablePolicy.class)
    void shouldDeployASuccessfulOrRunningBuild(UnstablePolicy policy) {
        assertThat(ResultGate.refusal("SUCCESS", policy, "ProdDeploy")).isEmpty();
        assertThat(ResultGate.refusal(null, policy, "ProdDeploy")).isEmpty();
    }

    @Test
    void shouldKeepUnstableBuildsOutOfProductionButLetThemReachTheCanaryByDefault() {
        assertThat(ResultGate.refusal("UNSTABLE", UnstablePolicy.AUTO, "ProdDeploy"))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("UNSTABLE").contains("unstableBuilds"));
        assertThat(ResultGate.refusal("UNSTABLE", UnstablePolicy.AUTO, "Canary"))
                .isEmpty();
        assertThat(ResultGate.refusal("UNSTABLE", UnstablePolicy.REFUSE, "Canary"))
                .isPresent();
        assertThat(ResultGate.refusal("UNSTABLE", UnstablePolicy.DEPLOY, "ProdDeploy"))
                .isEmpty();
    }

    @Test
    void shouldReadThePolicyFieldAndNameTheFix() {
        assertThat(UnstablePolicy.fromText("")).contains(UnstablePolicy.AUTO);
        assertThat(UnstablePolicy.fromText(" refuse ")).contains(UnstablePolicy.REFUSE);
        assertThat(ResultGate.policy("sometimes"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("'sometimes'")
                        .contains("auto")
                        .contains("deploy"));
    }
}
