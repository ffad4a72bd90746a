package io.jenkins.plugins.canarydeploy.quality.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Locale;
import java.util.Optional;

/** What a gate checks: the value of this build (TOTAL) or its change against the reference build (DELTA). */
public enum GateScope {
    TOTAL,
    DELTA;

    public static Optional<GateScope> fromText(@CheckForNull String text) {
        String value = Texts.strip(text).toUpperCase(Locale.ROOT);
        for (GateScope scope : values()) {
            if (scope.name().equals(value)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
