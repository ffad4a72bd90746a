package io.jenkins.plugins.canarydeploy.canary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

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

    @Override
    public String toString() {
        return verdict + ": " + summary;
    }
}
