package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedWorkQueueTest {
    private final ExecutorService pool = BundleWriter.newPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void shouldHandResultsOverInSubmissionOrderWhateverOrderTheyFinishIn() throws IOException {
        List<Integer> consumed = new ArrayList<>();
        OrderedWorkQueue<Integer> queue = new OrderedWorkQueue<>(pool, 1000, 16, consumed::add);

        for (int i = 0; i < 50; i++) {
            int item = i;
            queue.submit(10, () -> {
                Thread.sleep((50 - item) % 7);
                return item;
            });
        }
        queue.finish();

        assertThat(consumed).hasSize(50).isSorted();
    }

    @Test
    void shouldNeverReserveMoreThanTheBudgetAndLimitTheItemsAhead() throws IOException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        List<Integer> consumed = new ArrayList<>();
        OrderedWorkQueue<Integer> queue = new OrderedWorkQueue<>(pool, 100, 3, consumed::add);

        for (int i = 0; i < 30; i++) {
            int item = i;
            queue.submit(30, () -> {
                mostAhead.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(2);
                running.decrementAndGet();
                return item;
            });
        }
        queue.submit(500, () -> 30);
        queue.finish();

        assertThat(consumed).hasSize(31).isSorted();
        assertThat(mostAhead.get()).isLessThanOrEqualTo(3);
        assertThat(queue.peakBytes())
                .as("an item larger than the budget runs alone")
                .isEqualTo(500);
    }

    @Test
    void shouldConsumeEverythingBeforeAFailureAndThenReportIt() {
        List<Integer> consumed = new ArrayList<>();
        OrderedWorkQueue<Integer> queue = new OrderedWorkQueue<>(pool, 1000, 8, consumed::add);

        assertThatThrownBy(() -> {
                    for (int i = 0; i < 10; i++) {
                        int item = i;
                        queue.submit(1, () -> {
                            if (item == 5) {
                                throw new BundleException("item 5 failed");
                            }
                            return item;
                        });
                    }
                    queue.finish();
                })
                .isInstanceOf(BundleException.class)
                .hasMessage("item 5 failed");
        assertThat(consumed).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void shouldRunEachItemAtOnceWithoutAPool() throws IOException {
        List<String> events = new ArrayList<>();
        OrderedWorkQueue<Integer> queue = new OrderedWorkQueue<>(null, 1000, 8, item -> events.add("consumed " + item));

        for (int i = 0; i < 3; i++) {
            int item = i;
            queue.submit(1, () -> {
                events.add("ran " + item);
                return item;
            });
        }
        queue.finish();

        assertThat(events).containsExactly("ran 0", "consumed 0", "ran 1", "consumed 1", "ran 2", "consumed 2");
    }
}
