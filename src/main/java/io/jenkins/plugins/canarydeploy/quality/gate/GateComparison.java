package io.jenkins.plugins.canarydeploy.quality.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Locale;
import java.util.Optional;

/** When a gate fails: when the value is BELOW its threshold (coverage) or ABOVE it (issue counts). */
public enum GateComparison {
    BELOW,
    ABOVE;

    /** Whether {@code value} fails a gate with {@code threshold}; a value equal to the threshold passes. */
    public boolean fails(double value, double threshold) {
        return this == BELOW ? value < threshold : value > threshold;
    }

    public static Optional<GateComparison> fromText(@CheckForNull String text) {
        String value = Texts.strip(text).toUpperCase(Locale.ROOT);
        for (GateComparison comparison : values()) {
            if (comparison.name().equals(value)) {
                return Optional.of(comparison);
            }
        }
        return Optional.empty();
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
