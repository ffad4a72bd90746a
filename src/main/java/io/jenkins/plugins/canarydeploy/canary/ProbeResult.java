package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.URI;
import java.time.Duration;

/**
 * What one probe of one URL found: the status (0 without an answer), how long it took and, when it failed, why.
 */
record ProbeResult(
        URI url, int status, Duration latency, @CheckForNull String failure) {

    static ProbeResult answered(URI url, int status, Duration latency, ExpectedStatus expected) {
        String failure = expected.accepts(status) ? null : "HTTP " + status + ", expected " + expected;
        return new ProbeResult(url, status, latency, failure);
    }

    static ProbeResult failed(URI url, Duration latency, String failure) {
        return new ProbeResult(url, 0, latency, failure);
    }

    boolean hasFailed() {
        return failure != null;
    }
}
