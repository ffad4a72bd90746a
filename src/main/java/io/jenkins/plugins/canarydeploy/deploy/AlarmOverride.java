package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.util.List;
import java.util.Optional;

/**
 * Alarms for this deployment instead of the group's (overrideAlarmConfiguration). Enabled with alarms: watch these;
 * disabled: watch no alarm at all during this deployment.
 */
public record AlarmOverride(boolean enabled, boolean ignorePollAlarmFailure, List<String> alarms) {
    /** CodeDeploy watches at most this many alarms per deployment. */
    public static final int MAX_ALARMS = 10;

    /** CloudWatch alarm names are 1 to 255 characters long. */
    private static final int MAX_NAME_LENGTH = 255;

    public AlarmOverride {
        alarms = List.copyOf(alarms);
    }

    /** From form fields; alarm names separated by commas or new lines. */
    public static AlarmOverride of(boolean enabled, boolean ignorePollAlarmFailure, @CheckForNull String alarms) {
        return new AlarmOverride(enabled, ignorePollAlarmFailure, NameLists.split(alarms));
    }

    /** Checks the alarms field: at most 10 names, each a valid CloudWatch alarm name, none twice. */
    public static Optional<String> alarms(@CheckForNull String text) {
        return names(NameLists.split(text));
    }

    public Problems check() {
        Problems problems = new Problems().add("alarms", names(alarms));
        if (enabled && alarms.isEmpty()) {
            problems.add(
                    "alarms",
                    Optional.of("The alarm override is enabled but 'alarms' is empty: name the CloudWatch alarms"
                            + " this deployment should watch, or disable the override to watch none."));
        }
        return problems;
    }

    private static Optional<String> names(List<String> names) {
        if (names.size() > MAX_ALARMS) {
            return Optional.of("'alarms' names " + names.size() + " alarms, but CodeDeploy watches at most "
                    + MAX_ALARMS + " per deployment: remove " + (names.size() - MAX_ALARMS)
                    + ", or combine several into a composite alarm.");
        }
        for (String name : names) {
            if (name.length() > MAX_NAME_LENGTH) {
                return Optional.of("'alarms' has a name of " + name.length() + " characters: CloudWatch alarm names"
                        + " have at most " + MAX_NAME_LENGTH + "; check the separator (comma or new line).");
            }
        }
        String duplicate = NameLists.firstDuplicate(names);
        if (duplicate != null) {
            return Optional.of("'alarms' names " + duplicate + " twice: list each alarm once.");
        }
        return Optional.empty();
    }
}
