package io.jenkins.plugins.canarydeploy.s3;

import static io.jenkins.plugins.canarydeploy.s3.UploadSettings.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UploadSettingsTest {
    @Test
    void shouldDefaultToSixteenMebibytePartsFourAtATime() {
        UploadSettings defaults = UploadSettings.defaults();

        assertThat(defaults.partSize()).isEqualTo(16 * MIB);
        assertThat(defaults.parallelParts()).isEqualTo(4);
        assertThat(defaults.maxBufferedBytes()).isEqualTo(80L * MIB);
    }

    @Test
    void shouldRefusePartsSmallerThanS3Accepts() {
        assertThatThrownBy(() -> UploadSettings.defaults().withPartSize(5 * MIB - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The part size is 5242879 bytes: use 5 MiB to 512 MiB, S3 refuses parts under 5 MiB.");
        assertThatThrownBy(() -> UploadSettings.defaults().withParallelParts(0))
                .hasMessage("Parallel parts is 0: use 1 to 32.");
        assertThatThrownBy(() -> UploadSettings.defaults().withRetries(0, Duration.ZERO))
                .hasMessage("Part attempts is 0: use 1 or more.");
    }
}
