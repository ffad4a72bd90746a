package io.jenkins.plugins.canarydeploy.s3;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Records what the SDK client sends (operation and HTTP headers, per try) and how many requests are in flight at
 * most, for assertions on the wire without depending on what S3Proxy echoes. Can hold up one operation before it
 * is sent, like a slow network would.
 */
final class RecordingInterceptor implements ExecutionInterceptor {
    record Sent(String operation, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    record Received(String operation, SdkHttpResponse response) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile String slowOperation = "";
    private volatile Duration delay = Duration.ZERO;

    /** Waits this long before sending each request of the operation. */
    RecordingInterceptor slowDown(String operation, Duration wait) {
        this.slowOperation = operation;
        this.delay = wait;
        return this;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        sent.add(new Sent(operation(attributes), context.httpRequest().headers()));
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        if (slowOperation.equals(operation(attributes))) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        inFlight.decrementAndGet();
        received.add(new Received(operation(attributes), context.httpResponse()));
    }

    List<Sent> sent(String operation) {
        return sent.stream()
                .filter(request -> request.operation().equals(operation))
                .toList();
    }

    List<String> operations() {
        return sent.stream().map(Sent::operation).toList();
    }

    List<Received> received(String operation) {
        return received.stream()
                .filter(response -> response.operation().equals(operation))
                .toList();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private static String operation(ExecutionAttributes attributes) {
        return attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    }
}
