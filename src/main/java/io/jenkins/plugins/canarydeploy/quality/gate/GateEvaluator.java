package io.jenkins.plugins.canarydeploy.quality.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Evaluates quality gates against the metric values of this build and, for DELTA gates, of the reference build.
 * A gate whose metric is missing, or a DELTA gate without a reference, is INACTIVE and says why.
 */
public final class GateEvaluator {
    private GateEvaluator() {}

    public static GateOutcomes evaluate(
            List<QualityGate> gates, MetricValues current, @CheckForNull MetricValues reference) {
        List<GateOutcome> outcomes = new ArrayList<>();
        for (QualityGate gate : gates) {
            outcomes.add(evaluate(gate, current, reference));
        }
        return new GateOutcomes(outcomes);
    }

    static GateOutcome evaluate(QualityGate gate, MetricValues current, @CheckForNull MetricValues reference) {
        String metric = gate.getMetric();
        String label = MetricKeys.label(metric);
        OptionalDouble value = current.get(metric);
        if (value.isEmpty()) {
            return inactive(gate, "the results of this build have no " + label + " ('" + metric + "').");
        }
        if (gate.getScope() == GateScope.TOTAL) {
            return judge(gate, value.getAsDouble(), label + " is ");
        }
        if (reference == null) {
            return inactive(gate, "there is no reference build to compare " + label + " with.");
        }
        OptionalDouble before = reference.get(metric);
        if (before.isEmpty()) {
            return inactive(gate, "the reference build has no " + label + " ('" + metric + "').");
        }
        double delta = value.getAsDouble() - before.getAsDouble();
        return judge(gate, delta, label + " changed by ");
    }

    private static GateOutcome judge(QualityGate gate, double value, String lead) {
        String text = MetricFormat.value(gate.getMetric(), gate.getScope(), value);
        String threshold = MetricFormat.value(gate.getMetric(), gate.getScope(), gate.getThreshold());
        String against = gate.getScope() == GateScope.DELTA ? " against the reference build" : "";
        String sentence = capitalized(lead) + text + against;
        if (gate.fails(value)) {
            GateStatus status = gate.getCriticality().failedStatus();
            return new GateOutcome(
                    gate,
                    status,
                    value,
                    sentence + ", " + gate.getComparison().word() + " the threshold of " + threshold + ": "
                            + gate.getCriticality() + ".");
        }
        return new GateOutcome(
                gate,
                GateStatus.PASSED,
                value,
                sentence + ", not " + gate.getComparison().word() + " the threshold of " + threshold + ".");
    }

    private static GateOutcome inactive(QualityGate gate, String reason) {
        return new GateOutcome(gate, GateStatus.INACTIVE, null, "Not evaluated: " + reason);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
