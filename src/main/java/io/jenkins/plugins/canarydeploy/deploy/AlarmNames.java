package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.codedeploy.model.Alarm;
import software.amazon.awssdk.services.codedeploy.model.AlarmConfiguration;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.DeploymentStatus;
import software.amazon.awssdk.services.codedeploy.model.ErrorCode;
import software.amazon.awssdk.services.codedeploy.model.ErrorInformation;
import software.amazon.awssdk.services.codedeploy.model.RollbackInfo;

/** Whether an alarm stopped a deployment, and which alarms. */
final class AlarmNames {
    /** CodeDeploy ends its ALARM_ACTIVE message with "Activated alarms: A, B". */
    private static final Pattern LISTED = Pattern.compile("alarms?\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    private static final String STOP_ON_ALARM = "DEPLOYMENT_STOP_ON_ALARM";

    private AlarmNames() {}

    /** Stopped with ALARM_ACTIVE, or with DEPLOYMENT_STOP_ON_ALARM named in the error or rollback message. */
    static boolean stoppedByAlarm(DeploymentInfo info) {
        if (info.status() != DeploymentStatus.STOPPED) {
            return false;
        }
        ErrorInformation error = info.errorInformation();
        if (error != null && error.code() == ErrorCode.ALARM_ACTIVE) {
            return true;
        }
        RollbackInfo rollback = info.rollbackInfo();
        return mentionsStopOnAlarm(error == null ? null : error.message())
                || mentionsStopOnAlarm(rollback == null ? null : rollback.rollbackMessage())
                || info.deploymentStatusMessages().stream().anyMatch(AlarmNames::mentionsStopOnAlarm);
    }

    /**
     * The alarms named in the error message; else the alarms the deployment watched: its override, or the group's
     * alarm configuration (read only then, through {@code groupAlarms}).
     */
    static List<String> of(DeploymentInfo info, Supplier<List<String>> groupAlarms) {
        ErrorInformation error = info.errorInformation();
        List<String> named = fromMessage(error == null ? null : error.message());
        if (!named.isEmpty()) {
            return named;
        }
        AlarmConfiguration override = info.overrideAlarmConfiguration();
        if (override != null && Boolean.TRUE.equals(override.enabled()) && override.hasAlarms()) {
            return configured(override);
        }
        return groupAlarms.get();
    }

    static List<String> fromMessage(@CheckForNull String message) {
        if (message == null) {
            return List.of();
        }
        Matcher matcher = LISTED.matcher(message.strip());
        if (!matcher.find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : matcher.group(1).split(",")) {
            String name = part.strip();
            if (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1).strip();
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    static List<String> configured(@CheckForNull AlarmConfiguration configuration) {
        if (configuration == null || !configuration.hasAlarms()) {
            return List.of();
        }
        return configuration.alarms().stream().map(Alarm::name).toList();
    }

    private static boolean mentionsStopOnAlarm(@CheckForNull String text) {
        return text != null && text.toUpperCase(Locale.ROOT).contains(STOP_ON_ALARM);
    }
}
