package io.jenkins.plugins.canarydeploy.s3;

import static io.jenkins.plugins.canarydeploy.s3.UploadSettings.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PartBufferPoolTest {
    @Test
    void shouldBlockWhileEveryBufferIsInUseAndReuseTheOneGivenBack() throws Exception {
        PartBufferPool pool = new PartBufferPool(5 * MIB, 2);
        PartBuffer first = pool.take();
        pool.take();

        CompletableFuture<PartBuffer> third = CompletableFuture.supplyAsync(() -> {
            try {
                return pool.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(third).isNotDone();

        first.append(new byte[] {1, 2, 3}, 0, 3);
        pool.giveBack(first);
        assertThat(third.get(5, TimeUnit.SECONDS)).isSameAs(first);
        assertThat(first.length()).isZero();
    }

    @Test
    void shouldGrowABufferOnlyUpToThePartSize() {
        PartBuffer buffer = new PartBuffer(5 * MIB);
        byte[] chunk = new byte[3 * MIB];

        assertThat(buffer.append(chunk, 0, chunk.length)).isEqualTo(3 * MIB);
        assertThat(buffer.append(chunk, 0, chunk.length)).isEqualTo(2 * MIB);
        assertThat(buffer.isFull()).isTrue();
        assertThat(buffer.append(chunk, 0, 1)).isZero();
    }
}
