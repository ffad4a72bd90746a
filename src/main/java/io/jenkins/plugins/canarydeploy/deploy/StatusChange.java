package io.jenkins.plugins.canarydeploy.deploy;

import java.io.Serializable;
import java.time.Instant;

/** The deployment reached a status at a time, as seen by a poll: one line of its timeline. */
public final class StatusChange implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String status;
    /** Epoch milliseconds: build records (XStream) refuse JDK time classes. */
    private final long seenAt;

    public StatusChange(String status, Instant seenAt) {
        this.status = status;
        this.seenAt = seenAt.toEpochMilli();
    }

    public String status() {
        return status;
    }

    public Instant seenAt() {
        return Instant.ofEpochMilli(seenAt);
    }
}
