package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Build log lines for what changed on a target since it was last read, with the diagnostics of a failed hook. */
final class TargetLog {
    private static final String INDENT = "    ";
    private static final Set<String> WORTH_A_LINE = Set.of("Succeeded", "Failed", "Skipped", "Ready");

    private TargetLog() {}

    /** "i-canary1: BeforeInstall Succeeded" for each changed event, then the target's own status once it is done. */
    static List<String> changes(@CheckForNull TargetProgress before, TargetProgress after) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> event : after.lifecycleEvents().entrySet()) {
            String was = before == null ? null : before.lifecycleEvents().get(event.getKey());
            String now = event.getValue();
            if (now.equals(was) || now.equals("Pending")) {
                continue;
            }
            lines.add(after.targetId() + ": " + event.getKey() + " " + now);
            if (now.equals("Failed") && event.getKey().equals(after.failedHook())) {
                lines.addAll(failure(after));
            }
        }
        boolean statusChanged = before == null || !before.status().equals(after.status());
        if (statusChanged && WORTH_A_LINE.contains(after.status())) {
            lines.add(after.targetId() + ": target " + after.status());
        }
        return lines;
    }

    /** The failed hook, its error code, script and message, then the script's log tail, all indented. */
    static List<String> failure(TargetProgress target) {
        List<String> lines = new ArrayList<>();
        StringBuilder first = new StringBuilder(INDENT).append("hook: ").append(target.failedHook());
        String code = target.errorCode();
        if (code != null) {
            first.append(", error code: ").append(code);
        }
        String script = target.scriptName();
        if (script != null) {
            first.append(", script: ").append(script);
        }
        lines.add(first.toString());
        String message = target.errorMessage();
        if (message != null) {
            lines.add(INDENT + "message: " + message.strip());
        }
        String logTail = target.logTail();
        String tail = logTail == null ? "" : logTail.stripTrailing();
        if (!tail.isEmpty()) {
            lines.add(INDENT + "log tail:");
            tail.lines().forEach(line -> lines.add(INDENT + INDENT + line));
        }
        return lines;
    }
}
