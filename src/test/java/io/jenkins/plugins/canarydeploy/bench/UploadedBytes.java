package io.jenkins.plugins.canarydeploy.bench;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Counts the request body bytes a client sends: what a push really uploads. */
final class UploadedBytes implements ExecutionInterceptor {
    private final AtomicLong bytes = new AtomicLong();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        context.requestBody().flatMap(body -> body.optionalContentLength()).ifPresent(bytes::addAndGet);
    }

    long takeCount() {
        return bytes.getAndSet(0);
    }
}
