package io.jenkins.plugins.canarydeploy.credentials;

import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;
import java.util.concurrent.Future;

/** An agent channel that runs what it is sent in this JVM, as Jenkins' own local channel does, and counts calls. */
final class InProcessChannel implements VirtualChannel {
    int calls;

    @Override
    public <V, T extends Throwable> V call(Callable<V, T> callable) throws T {
        calls++;
        return callable.call();
    }

    @Override
    public <V, T extends Throwable> Future<V> callAsync(Callable<V, T> callable) {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public void close() {}

    @Override
    public void join() {}

    @Override
    public void join(long timeout) {}

    @Override
    public <T> T export(Class<T> type, T instance) {
        return instance;
    }

    @Override
    public void syncLocalIO() {}
}
