package io.jenkins.plugins.canarydeploy.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PushRequestTest {
    @Test
    void shouldTakeTheJobsFullNameFromABuildId() {
        assertThat(PushRequest.jobOf("canary-demo#7")).isEqualTo("canary-demo");
        assertThat(PushRequest.jobOf("team/bucket#list#12")).isEqualTo("team/bucket#list");
        assertThat(PushRequest.jobOf("no-number")).isEqualTo("no-number");
    }
}
