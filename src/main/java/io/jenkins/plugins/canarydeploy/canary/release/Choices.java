package io.jenkins.plugins.canarydeploy.canary.release;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Locale;
import java.util.Optional;

/** Reads an enum constant from a settings field: any case, with or without {@code _} or {@code -}; blank is the default. */
final class Choices {
    private Choices() {}

    static <E extends Enum<E>> Optional<E> fromText(@CheckForNull String text, E[] values, E fallback) {
        String value = squash(Texts.strip(text));
        if (value.isEmpty()) {
            return Optional.of(fallback);
        }
        for (E constant : values) {
            if (squash(constant.name()).equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static String squash(String text) {
        return text.replace("_", "").replace("-", "").toUpperCase(Locale.ROOT);
    }
}
