package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONTokener;

/** Turns the JSON of {@code GET /api/v2/alerts} into firing alerts; unknown fields are ignored. */
final class AlertmanagerAlerts {
    private AlertmanagerAlerts() {}

    static List<FiringAlert> firing(String body, String source) {
        Object parsed;
        try {
            parsed = new JSONTokener(body).nextValue();
        } catch (JSONException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof JSONArray array)) {
            throw new IllegalArgumentException("expected a JSON array of alerts");
        }
        List<FiringAlert> alerts = new ArrayList<>();
        for (Object item : array.toList()) {
            if (item instanceof Map<?, ?> alert && isActive(alert)) {
                Map<String, String> labels = strings(alert.get("labels"));
                alerts.add(new FiringAlert(
                        source,
                        labels.getOrDefault("alertname", "(unnamed alert)"),
                        labels,
                        strings(alert.get("annotations")),
                        instant(alert.get("startsAt"))));
            }
        }
        return alerts;
    }

    /** Alerts without a status count as active: the query already asked for active ones only. */
    private static boolean isActive(Map<?, ?> alert) {
        return !(alert.get("status") instanceof Map<?, ?> status)
                || !(status.get("state") instanceof String state)
                || "active".equals(state);
    }

    private static Map<String, String> strings(Object object) {
        Map<String, String> map = new LinkedHashMap<>();
        if (object instanceof Map<?, ?> fields) {
            fields.forEach((key, value) -> {
                if (value instanceof String text) {
                    map.put(String.valueOf(key), text);
                }
            });
        }
        return map;
    }

    @CheckForNull
    private static Instant instant(Object value) {
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
