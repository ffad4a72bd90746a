package io.jenkins.plugins.canarydeploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void shouldRun() {
        assertThat(1).isOne();
    }
}
