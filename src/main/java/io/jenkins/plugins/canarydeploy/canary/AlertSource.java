package io.jenkins.plugins.canarydeploy.canary;

import java.time.Instant;

/** Something that says which alerts fire now: one call is one check, and it never throws for I/O trouble. */
public interface AlertSource {
    CheckResult check(Instant now);

    /** A short name for logs, without secrets. */
    String describe();
}
