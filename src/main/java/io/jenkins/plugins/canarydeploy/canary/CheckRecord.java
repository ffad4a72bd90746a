package io.jenkins.plugins.canarydeploy.canary;

import java.io.Serializable;
import java.time.Instant;

/** One entry of a watch's timeline: when a check ran, what it found and a short description. */
public final class CheckRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Epoch milliseconds: build records (XStream) refuse JDK time classes. */
    private final long at;

    private final CheckOutcome outcome;
    private final String description;

    public CheckRecord(Instant at, CheckOutcome outcome, String description) {
        this.at = at.toEpochMilli();
        this.outcome = outcome;
        this.description = description;
    }

    public Instant at() {
        return Instant.ofEpochMilli(at);
    }

    public CheckOutcome outcome() {
        return outcome;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return at + " " + outcome + (description.isEmpty() ? "" : " " + description);
    }
}
