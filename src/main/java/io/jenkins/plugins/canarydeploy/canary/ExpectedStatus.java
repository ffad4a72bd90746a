package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTTP status codes a health check accepts, written as codes and ranges: {@code 200}, {@code 200-299} or
 * {@code 200, 204, 301-302}. Blank means 200.
 */
public final class ExpectedStatus {
    /** The settings field this comes from, named in every problem. */
    public static final String FIELD = "expectedStatus";

    /** Only 200. */
    public static final ExpectedStatus OK = new ExpectedStatus(List.of(new Range(200, 200)));

    private static final int LOWEST = 100;
    private static final int HIGHEST = 599;
    private static final Pattern ITEM = Pattern.compile("(\\d{1,4})(?:-(\\d{1,4}))?");
    private static final String FIX =
            "write codes and ranges such as 200, 200-299 or 200,204,301-302 (codes " + LOWEST + " to " + HIGHEST + ")";

    private record Range(int low, int high) {
        boolean contains(int status) {
            return status >= low && status <= high;
        }

        @Override
        public String toString() {
            return low == high ? Integer.toString(low) : low + "-" + high;
        }
    }

    private final List<Range> ranges;

    private ExpectedStatus(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The accepted codes; blank gives {@link #OK}, a bad text throws naming the field and the fix. */
    public static ExpectedStatus parse(@CheckForNull String text) {
        Optional<String> problem = check(text);
        if (problem.isPresent()) {
            throw new InvalidSettingsException(
                    FIELD + ": " + problem.get(), List.of(new FieldProblem(FIELD, problem.get())));
        }
        List<Range> ranges = new ArrayList<>();
        for (String item : items(text)) {
            Matcher matcher = ITEM.matcher(item);
            if (matcher.matches()) {
                int low = Integer.parseInt(matcher.group(1));
                ranges.add(new Range(low, matcher.group(2) == null ? low : Integer.parseInt(matcher.group(2))));
            }
        }
        return ranges.isEmpty() ? OK : new ExpectedStatus(ranges);
    }

    /** The problem with this text, naming the fix; empty when it is fine (blank is fine: 200). */
    public static Optional<String> check(@CheckForNull String text) {
        for (String item : items(text)) {
            Matcher matcher = ITEM.matcher(item);
            if (!matcher.matches()) {
                return Optional.of("'" + item + "' is neither a status code nor a range: " + FIX + ".");
            }
            int low = Integer.parseInt(matcher.group(1));
            int high = matcher.group(2) == null ? low : Integer.parseInt(matcher.group(2));
            if (low < LOWEST || high > HIGHEST) {
                return Optional.of("'" + item + "' is outside the HTTP status codes: " + FIX + ".");
            }
            if (low > high) {
                return Optional.of(
                        "'" + item + "' is an empty range: write the lower code first, e.g. " + high + "-" + low + ".");
            }
        }
        return Optional.empty();
    }

    public boolean accepts(int status) {
        return ranges.stream().anyMatch(range -> range.contains(status));
    }

    /** Items separated by commas or white space; a dash with spaces around it joins a range. */
    private static List<String> items(@CheckForNull String text) {
        String normalized = Texts.strip(text).replaceAll("\\s*-\\s*", "-");
        List<String> items = new ArrayList<>();
        for (String item : normalized.split("[,;\\s]+")) {
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpectedStatus expected && ranges.equals(expected.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    /** As written in the settings, e.g. {@code 200-299} or {@code 200, 204}. */
    @Override
    public String toString() {
        return ranges.stream().map(Range::toString).collect(Collectors.joining(", "));
    }
}
