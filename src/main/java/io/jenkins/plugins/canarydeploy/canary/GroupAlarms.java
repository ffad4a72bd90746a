package io.jenkins.plugins.canarydeploy.canary;

import java.util.List;
import java.util.Optional;

/**
 * The CloudWatch alarms configured on a CodeDeploy deployment group (its alarmConfiguration), as read by
 * {@link GroupAlarmReader}.
 *
 * @param enabled whether the group watches its alarms; CodeDeploy ignores the names while this is off
 * @param names   the configured alarm names, also when disabled
 */
public record GroupAlarms(String application, String deploymentGroup, boolean enabled, List<String> names) {

    public GroupAlarms {
        names = List.copyOf(names);
    }

    /** The alarms the group watches: its names when enabled, none when disabled. */
    public List<String> watched() {
        return enabled ? names : List.of();
    }

    /** Why the group gives no alarm to watch (none configured, or disabled); empty when it gives some. */
    public Optional<String> whyNone() {
        String group = "Deployment group '" + deploymentGroup + "' of application '" + application + "'";
        if (names.isEmpty()) {
            return Optional.of(group + " has no CloudWatch alarms configured.");
        }
        if (!enabled) {
            return Optional.of(group + " has its CloudWatch alarms disabled (configured but not watched: "
                    + String.join(", ", names) + ").");
        }
        return Optional.empty();
    }
}
