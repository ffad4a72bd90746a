package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The deployment's own automatic rollback setting, replacing the group's: whether it is on, and on which events.
 * Disabled means: do not roll this deployment back automatically, whatever the group says.
 */
public record AutoRollback(boolean enabled, List<String> events) {
    public static final List<String> EVENTS =
            List.of("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM", "DEPLOYMENT_STOP_ON_REQUEST");

    public AutoRollback {
        events = List.copyOf(events);
    }

    /** From form fields: the switch and the events, separated by commas, spaces or new lines, in any case. */
    public static AutoRollback of(boolean enabled, @CheckForNull String events) {
        return new AutoRollback(enabled, parse(events));
    }

    /** Checks the events field: only CodeDeploy's three rollback events. */
    public static Optional<String> events(@CheckForNull String text) {
        return unknown(parse(text));
    }

    public Problems check() {
        Problems problems = new Problems().add("autoRollbackEvents", unknown(events));
        if (enabled && events.isEmpty()) {
            problems.add(
                    "autoRollbackEvents",
                    Optional.of("Automatic rollback is enabled but 'autoRollbackEvents' names no event: give one or"
                            + " more of " + String.join(", ", EVENTS) + ", or disable automatic rollback."));
        }
        return problems;
    }

    private static List<String> parse(@CheckForNull String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().toUpperCase(Locale.ROOT).split("[,\\s]+"));
    }

    private static Optional<String> unknown(List<String> events) {
        List<String> unknown = events.stream().filter(e -> !EVENTS.contains(e)).toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("'autoRollbackEvents' has " + String.join(", ", unknown) + ", which CodeDeploy does not"
                + " know: use " + String.join(", ", EVENTS) + ".");
    }
}
