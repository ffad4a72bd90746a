package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/**
 * CloudWatch metric alarms, named and/or by name prefix: ALARM fires (with its reason), INSUFFICIENT_DATA and a named
 * alarm that does not exist mean no data. SDK errors (after the client's retries) become ERROR results.
 */
public final class CloudWatchAlarmSource implements AlertSource {
    /** DescribeAlarms takes at most this many names per call. */
    private static final int NAMES_PER_CALL = 100;

    private final CloudWatchClient client;
    private final List<String> names;

    @CheckForNull
    private final String prefix;

    public CloudWatchAlarmSource(CloudWatchClient client, List<String> names, @CheckForNull String prefix) {
        boolean noPrefix = prefix == null || prefix.isBlank();
        if (names.isEmpty() && noPrefix) {
            throw new IllegalArgumentException("Name at least one CloudWatch alarm or an alarm name prefix");
        }
        this.client = client;
        this.names = List.copyOf(new TreeSet<>(names));
        this.prefix = noPrefix ? null : prefix;
    }

    @Override
    public CheckResult check(Instant now) {
        Map<String, MetricAlarm> alarms = new LinkedHashMap<>();
        try {
            for (int from = 0; from < names.size(); from += NAMES_PER_CALL) {
                List<String> batch = names.subList(from, Math.min(names.size(), from + NAMES_PER_CALL));
                describe(DescribeAlarmsRequest.builder().alarmNames(batch), alarms);
            }
            if (prefix != null) {
                describe(DescribeAlarmsRequest.builder().alarmNamePrefix(prefix), alarms);
            }
        } catch (SdkException e) {
            return CheckResult.error("DescribeAlarms failed: " + e.getMessage());
        }
        return judge(alarms);
    }

    private void describe(DescribeAlarmsRequest.Builder request, Map<String, MetricAlarm> into) {
        String token = null;
        do {
            DescribeAlarmsResponse response =
                    client.describeAlarms(request.nextToken(token).build());
            response.metricAlarms().forEach(alarm -> into.put(alarm.alarmName(), alarm));
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
    }

    private CheckResult judge(Map<String, MetricAlarm> alarms) {
        List<FiringAlert> firing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!alarms.containsKey(name)) {
                missing.add(name + " does not exist");
            }
        }
        if (alarms.isEmpty() && prefix != null && names.isEmpty()) {
            missing.add("no alarm starts with " + prefix);
        }
        for (MetricAlarm alarm : alarms.values()) {
            if (alarm.stateValue() == StateValue.ALARM) {
                firing.add(new FiringAlert(
                        describe(),
                        alarm.alarmName(),
                        Map.of(),
                        Map.of("reason", String.valueOf(alarm.stateReason())),
                        alarm.stateUpdatedTimestamp()));
            } else if (alarm.stateValue() != StateValue.OK) {
                missing.add(alarm.alarmName() + " is " + alarm.stateValueAsString() + " (" + alarm.stateReason() + ")");
            }
        }
        if (!firing.isEmpty()) {
            return CheckResult.of(firing);
        }
        return missing.isEmpty() ? CheckResult.clear() : CheckResult.noData(String.join("; ", missing));
    }

    @Override
    public String describe() {
        List<String> what = new ArrayList<>(names);
        if (prefix != null) {
            what.add(prefix + "*");
        }
        return "CloudWatch alarms " + what;
    }
}
