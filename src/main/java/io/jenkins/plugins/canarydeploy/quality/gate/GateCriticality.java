package io.jenkins.plugins.canarydeploy.quality.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Locale;
import java.util.Optional;

/** What a failed gate does to the build: mark it UNSTABLE, or FAILURE. */
public enum GateCriticality {
    UNSTABLE,
    FAILURE;

    public static Optional<GateCriticality> fromText(@CheckForNull String text) {
        String value = Texts.strip(text).toUpperCase(Locale.ROOT);
        for (GateCriticality criticality : values()) {
            if (criticality.name().equals(value)) {
                return Optional.of(criticality);
            }
        }
        return Optional.empty();
    }

    GateStatus failedStatus() {
        return this == UNSTABLE ? GateStatus.UNSTABLE : GateStatus.FAILED;
    }
}
