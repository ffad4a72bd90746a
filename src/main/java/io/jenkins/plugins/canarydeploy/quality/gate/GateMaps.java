package io.jenkins.plugins.canarydeploy.quality.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gate outcomes as plain maps and lists, for the value a Pipeline step returns: each gate with its metric, scope,
 * threshold, criticality, status, checked value (null when not evaluated) and message.
 */
public final class GateMaps {
    private GateMaps() {}

    public static List<Object> of(GateOutcomes outcomes) {
        List<Object> list = new ArrayList<>();
        for (GateOutcome outcome : outcomes.getOutcomes()) {
            QualityGate gate = outcome.getGate();
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("metric", gate.getMetric());
            map.put("scope", lower(gate.getScope()));
            map.put("threshold", gate.getThreshold());
            map.put("criticality", lower(gate.getCriticality()));
            map.put("status", outcome.getStatus().name());
            map.put("value", outcome.getValue().isPresent() ? outcome.getValue().getAsDouble() : null);
            map.put("message", outcome.getMessage());
            list.add(map);
        }
        return list;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
