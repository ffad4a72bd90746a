package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One deployment target as last read: its status, the status of each lifecycle event in the order CodeDeploy runs
 * them, and for a failed event its diagnostics. A plain class rather than a record: it is kept in {@link FollowState}.
 */
public final class TargetProgress implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String targetId;
    private final String status;
    private final LinkedHashMap<String, String> lifecycleEvents;

    @CheckForNull
    private final String failedHook;

    @CheckForNull
    private final String errorCode;

    @CheckForNull
    private final String scriptName;

    @CheckForNull
    private final String errorMessage;

    @CheckForNull
    private final String logTail;

    TargetProgress(String targetId, String status, Map<String, String> lifecycleEvents) {
        this(targetId, status, lifecycleEvents, null, null, null, null, null);
    }

    /** A target listed as Pending and not read: nothing has happened to it yet. */
    static TargetProgress pending(String targetId) {
        return new TargetProgress(targetId, "Pending", Map.of());
    }

    TargetProgress(
            String targetId,
            String status,
            Map<String, String> lifecycleEvents,
            @CheckForNull String failedHook,
            @CheckForNull String errorCode,
            @CheckForNull String scriptName,
            @CheckForNull String errorMessage,
            @CheckForNull String logTail) {
        this.targetId = targetId;
        this.status = status;
        this.lifecycleEvents = new LinkedHashMap<>(lifecycleEvents);
        this.failedHook = failedHook;
        this.errorCode = errorCode;
        this.scriptName = scriptName;
        this.errorMessage = errorMessage;
        this.logTail = logTail;
    }

    /** The instance id, Lambda function (with alias) or ECS cluster:service. */
    public String targetId() {
        return targetId;
    }

    /** Pending, InProgress, Succeeded, Failed, Skipped, Ready or Unknown. */
    public String status() {
        return status;
    }

    /** Lifecycle event name to its status (Pending, InProgress, Succeeded, Failed, Skipped, Unknown), in run order. */
    public Map<String, String> lifecycleEvents() {
        return Collections.unmodifiableMap(lifecycleEvents);
    }

    /** The lifecycle event (hook) that failed, or null. */
    @CheckForNull
    public String failedHook() {
        return failedHook;
    }

    /** The failed hook's error code, e.g. ScriptFailed or ScriptTimedOut, or null. */
    @CheckForNull
    public String errorCode() {
        return errorCode;
    }

    @CheckForNull
    public String scriptName() {
        return scriptName;
    }

    @CheckForNull
    public String errorMessage() {
        return errorMessage;
    }

    /** The last 4 KB of the failed hook script's log, or null. */
    @CheckForNull
    public String logTail() {
        return logTail;
    }

    /** The row of the outcome's per-target table, as plain values for a Pipeline script. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("targetId", targetId);
        map.put("status", status);
        map.put("failedHook", failedHook);
        map.put("errorCode", errorCode);
        map.put("scriptName", scriptName);
        map.put("errorMessage", errorMessage);
        map.put("logTail", logTail);
        map.put("lifecycleEvents", new LinkedHashMap<>(lifecycleEvents));
        return map;
    }

    @Override
    public String toString() {
        return targetId + " " + status + (failedHook == null ? "" : " (" + failedHook + ": " + errorCode + ")");
    }
}
