package io.jenkins.plugins.canarydeploy.validation;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Numbers typed into a form field, checked with the same rule the settings apply at run time: the form sends text,
 * the settings hold the number. Only plain decimal notation is a number here ({@code 0.98}, {@code -1}, {@code 1e3}),
 * not {@code NaN}, hexadecimal or a decimal comma.
 */
public final class NumberText {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,9}");

    private NumberText() {}

    /** The decimal number {@code text} holds (spaces around it allowed), if it holds one. */
    public static OptionalDouble decimal(@CheckForNull String text) {
        String value = Texts.strip(text);
        return DECIMAL.matcher(value).matches() ? OptionalDouble.of(Double.parseDouble(value)) : OptionalDouble.empty();
    }

    /** The whole number {@code text} holds (spaces around it allowed), if it holds one of at most nine digits. */
    public static OptionalInt whole(@CheckForNull String text) {
        String value = Texts.strip(text);
        return WHOLE.matcher(value).matches() ? OptionalInt.of(Integer.parseInt(value)) : OptionalInt.empty();
    }

    /** The problem of {@code field}'s text: not a number, or the problem {@code rule} finds with the number. */
    public static Optional<String> checkDecimal(
            String field, @CheckForNull String text, DoubleFunction<Optional<String>> rule) {
        OptionalDouble number = decimal(text);
        if (number.isEmpty()) {
            return Optional.of("'" + field + "' is '" + Texts.strip(text) + "', not a number: write digits with a dot"
                    + " as the decimal point, e.g. 1.25.");
        }
        return rule.apply(number.getAsDouble());
    }

    /** The problem of {@code field}'s text: not a whole number, or the problem {@code rule} finds with it. */
    public static Optional<String> checkWhole(
            String field, @CheckForNull String text, IntFunction<Optional<String>> rule) {
        OptionalInt number = whole(text);
        if (number.isEmpty()) {
            return Optional.of("'" + field + "' is '" + Texts.strip(text) + "', not a whole number: write digits"
                    + " only, without a decimal point or a unit.");
        }
        return rule.apply(number.getAsInt());
    }
}
