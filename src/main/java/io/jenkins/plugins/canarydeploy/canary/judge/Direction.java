package io.jenkins.plugins.canarydeploy.canary.judge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Locale;
import java.util.Optional;

/** Which significant change of a metric counts against the canary (Kayenta's metric direction). */
public enum Direction {
    /** Only a rise is bad, e.g. latency or errors. */
    INCREASE,
    /** Only a fall is bad, e.g. throughput or successful orders. */
    DECREASE,
    /** Any significant change is bad. */
    EITHER;

    /** The settings field a direction is written in, named in its problem. */
    public static final String FIELD = "direction";

    /** The direction a field's text names, in any case; blank is {@link #EITHER}, the default. */
    public static Optional<Direction> fromText(@CheckForNull String text) {
        String value = Texts.strip(text).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.of(EITHER);
        }
        for (Direction direction : values()) {
            if (direction.name().equals(value)) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }

    /** Checks the field text of a direction, naming the fix. */
    public static Optional<String> check(@CheckForNull String text) {
        if (fromText(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + FIELD + "' is '" + Texts.strip(text) + "': say which significant change is bad:"
                + " increase (e.g. latency, errors), decrease (e.g. requests served, orders) or either.");
    }

    /** As written in a settings field: {@code increase}, {@code decrease} or {@code either}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean increaseIsBad() {
        return this != DECREASE;
    }

    boolean decreaseIsBad() {
        return this != INCREASE;
    }
}
