package io.jenkins.plugins.canarydeploy.quality.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one gate found: its status, the value it checked (a total or a delta; none when INACTIVE) and a message that
 * says why, for the build log and the build page.
 */
public final class GateOutcome implements Serializable {
    private static final long serialVersionUID = 1L;

    private final QualityGate gate;
    private final GateStatus status;

    @CheckForNull
    private final Double value;

    private final String message;

    GateOutcome(QualityGate gate, GateStatus status, @CheckForNull Double value, String message) {
        this.gate = gate;
        this.status = status;
        this.value = value;
        this.message = message;
    }

    public QualityGate getGate() {
        return gate;
    }

    public GateStatus getStatus() {
        return status;
    }

    /** The checked value: the total, or the delta against the reference build; empty when not evaluated. */
    public OptionalDouble getValue() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The value as people read it, e.g. "85.71%" or "+2"; "-" when not evaluated. */
    public String getValueText() {
        return Optional.ofNullable(value)
                .map(v -> MetricFormat.value(gate.getMetric(), gate.getScope(), v))
                .orElse("-");
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return status + ": " + message;
    }
}
