package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.CheckOutcome;
import io.jenkins.plugins.canarydeploy.canary.CheckRecord;
import io.jenkins.plugins.canarydeploy.canary.FiringAlert;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One canary watch on the build's summary: what it watched, the timeline of its checks while it runs, then the
 * verdict and the alerts that fired with their labels and details.
 */
public final class CanaryWatchAction extends SummaryAction {
    private final String watchId;
    private final String title;
    private final ArrayList<String> sources;
    private long startedAt;
    private long windowEnd;
    private ArrayList<CheckRecord> checks = new ArrayList<>();

    @CheckForNull
    private String verdict;

    private String summary = "";
    private ArrayList<FiringAlert> alerts = new ArrayList<>();

    public CanaryWatchAction(String title, List<String> sources, WatchState started) {
        this.watchId = idOf(started);
        this.title = title;
        this.sources = new ArrayList<>(sources);
        update(started);
    }

    /** The watch of this state on the build page, if it was shown: found by when the watch started. */
    public static Optional<CanaryWatchAction> find(Run<?, ?> run, WatchState state) {
        String id = idOf(state);
        return run.getActions(CanaryWatchAction.class).stream()
                .filter(action -> action.watchId.equals(id))
                .findFirst();
    }

    private static String idOf(WatchState state) {
        return String.valueOf(state.startedAt().toEpochMilli());
    }

    /** Ends a watch that will not decide, e.g. because the build was aborted. */
    public synchronized void ended(String why) {
        if (verdict == null) {
            verdict = "ENDED";
            summary = why;
        }
    }

    /** Shows the checks so far; kept in memory until the watch ends. */
    public synchronized void update(WatchState state) {
        startedAt = state.startedAt().toEpochMilli();
        windowEnd = state.windowEnd().toEpochMilli();
        checks = new ArrayList<>(state.timeline());
    }

    public synchronized void decided(WatchState state, CanaryDecision decision) {
        update(state);
        verdict = decision.verdict().name();
        summary = decision.summary();
        alerts = new ArrayList<>(decision.alerts());
    }

    /** E.g. "Canary watch" or "Canary watch of BucketList/Canary". */
    public String getTitle() {
        return title;
    }

    public List<String> getSources() {
        return List.copyOf(sources);
    }

    public synchronized boolean isRunning() {
        return verdict == null;
    }

    @CheckForNull
    public synchronized String getVerdict() {
        return verdict;
    }

    public synchronized String getSummary() {
        return summary;
    }

    public synchronized Instant getStartedAt() {
        return Instant.ofEpochMilli(startedAt);
    }

    public synchronized Instant getWindowEnd() {
        return Instant.ofEpochMilli(windowEnd);
    }

    public synchronized List<CheckRecord> getChecks() {
        return List.copyOf(checks);
    }

    /** How many checks found an alert firing. */
    public synchronized long getFiringChecks() {
        return checks.stream().filter(c -> c.outcome() == CheckOutcome.FIRING).count();
    }

    public synchronized List<FiringAlert> getAlerts() {
        return List.copyOf(alerts);
    }

    /** The Jenkins color of the verdict's badge: PASS green, FAIL yellow (UNSTABLE), NO_DATA grey. */
    public synchronized String getVerdictColor() {
        if (verdict == null) {
            return "jenkins-!-color-blue";
        }
        return switch (verdict) {
            case "PASS" -> "jenkins-!-success-color";
            case "FAIL" -> "jenkins-!-warning-color";
            default -> "";
        };
    }

    @Override
    public String getDisplayName() {
        return title;
    }
}
