package io.jenkins.plugins.canarydeploy.canary;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The verdict of a canary watch, the alerts that decided it (for FAIL) and one line saying why. */
public final class CanaryDecision implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CanaryVerdict verdict;
    private final ArrayList<FiringAlert> alerts;
    private final String summary;

    public CanaryDecision(CanaryVerdict verdict, List<FiringAlert> alerts, String summary) {
        this.verdict = verdict;
        this.alerts = new ArrayList<>(alerts);
        this.summary = summary;
    }

    public CanaryVerdict verdict() {
        return verdict;
    }

    /** The alerts firing at the deciding check; empty unless the verdict is FAIL. */
    public List<FiringAlert> alerts() {
        return List.copyOf(alerts);
    }

    public String summary() {
        return summary;
    }

    /** The decision as plain values, for a Pipeline script to read: verdict, summary and each alert's details. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("verdict", verdict.name());
        map.put("summary", summary);
        List<Map<String, Object>> fired = new ArrayList<>();
        for (FiringAlert alert : alerts) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("source", alert.source());
            values.put("name", alert.name());
            values.put("labels", new LinkedHashMap<>(new TreeMap<>(alert.labels())));
            values.put("details", new LinkedHashMap<>(new TreeMap<>(alert.details())));
            Instant startsAt = alert.startsAt();
            values.put("startsAt", startsAt == null ? null : startsAt.toString());
            fired.add(values);
        }
        map.put("alerts", fired);
        return map;
    }

    @Override
    public String toString() {
        return verdict + ": " + summary;
    }
}
