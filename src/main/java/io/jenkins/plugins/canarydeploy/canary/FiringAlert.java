package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One alert that fired during a canary watch: its name, labels, details (annotations or the alarm's reason) and when
 * it started. A plain serializable class, as it is kept in {@link WatchState}.
 */
public final class FiringAlert implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String name;
    private final TreeMap<String, String> labels;
    private final TreeMap<String, String> details;

    /** Epoch milliseconds, or {@link #UNKNOWN}: build records (XStream) refuse JDK time classes. */
    private final long startsAt;

    private static final long UNKNOWN = Long.MIN_VALUE;

    public FiringAlert(
            String source,
            String name,
            Map<String, String> labels,
            Map<String, String> details,
            @CheckForNull Instant startsAt) {
        this.source = source;
        this.name = name;
        this.labels = new TreeMap<>(labels);
        this.details = new TreeMap<>(details);
        this.startsAt = startsAt == null ? UNKNOWN : startsAt.toEpochMilli();
    }

    /** Where the alert came from, e.g. {@code Alertmanager http://am:9093/} or {@code CloudWatch}. */
    public String source() {
        return source;
    }

    public String name() {
        return name;
    }

    public Map<String, String> labels() {
        return Map.copyOf(labels);
    }

    /** Annotations (Alertmanager) or {@code reason} (CloudWatch). */
    public Map<String, String> details() {
        return Map.copyOf(details);
    }

    /** When the alert started firing, if the source says. */
    @CheckForNull
    public Instant startsAt() {
        return startsAt == UNKNOWN ? null : Instant.ofEpochMilli(startsAt);
    }

    /** Whether the alert is known to have started after {@code instant}. */
    public boolean startsAfter(Instant instant) {
        Instant start = startsAt();
        return start != null && start.isAfter(instant);
    }

    /** One line for a build log, e.g. {@code HighErrorRate {deployment_group=canary} since 2025-06-02T09:01:00Z}. */
    public String describe() {
        StringBuilder text = new StringBuilder(name);
        if (!labels.isEmpty()) {
            text.append(' ').append(labels);
        }
        Instant start = startsAt();
        if (start != null) {
            text.append(" since ").append(start);
        }
        String reason = details.get("reason");
        String summary = reason != null ? reason : details.get("summary");
        if (summary != null) {
            text.append(": ").append(summary);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
