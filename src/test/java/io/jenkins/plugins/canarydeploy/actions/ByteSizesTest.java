package io.jenkins.plugins.canarydeploy.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTest {
    @Test
    void shouldUseTheLargestUnitThatKeepsAWholeNumber() {
        assertThat(ByteSizes.readable(512)).isEqualTo("512 B");
        assertThat(ByteSizes.readable(3_500)).isEqualTo("3.4 KiB");
        assertThat(ByteSizes.readable(170L * 1024 * 1024)).isEqualTo("170.0 MiB");
        assertThat(ByteSizes.readable(5L * 1024 * 1024 * 1024 * 1024 * 1024)).isEqualTo("5120.0 TiB");
    }
}
