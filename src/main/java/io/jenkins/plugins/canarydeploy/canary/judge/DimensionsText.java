package io.jenkins.plugins.canarydeploy.canary.judge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * CloudWatch dimensions as people write them in one field: {@code Name=Value} pairs separated by commas or new
 * lines, e.g. {@code LoadBalancer=app/shop/50dc6c495c0c9188, DeploymentGroup=Canary}. A value runs from the first
 * {@code =} to the next separator, so it may hold {@code =} but no comma. Blank means no dimensions.
 */
public final class DimensionsText {
    private static final String EXAMPLE = "DeploymentGroup=Canary, LoadBalancer=app/shop/50dc6c495c0c9188";

    private DimensionsText() {}

    /** The dimensions in {@code text}; throws naming {@code field} and the fix when {@link #check} complains. */
    public static SortedMap<String, String> parse(String field, @CheckForNull String text) {
        Optional<String> problem = check(field, text);
        if (problem.isPresent()) {
            throw new InvalidSettingsException(
                    field + ": " + problem.get(), List.of(new FieldProblem(field, problem.get())));
        }
        return read(text).orElseThrow();
    }

    /** The dimensions in {@code text}, or empty when it is not a list of {@code Name=Value} pairs. */
    public static Optional<SortedMap<String, String>> read(@CheckForNull String text) {
        SortedMap<String, String> dimensions = new TreeMap<>();
        return collect("", text, dimensions).isPresent() ? Optional.empty() : Optional.of(dimensions);
    }

    /** The problem with {@code text} as the dimensions of {@code field}, naming the fix; empty when fine. */
    public static Optional<String> check(String field, @CheckForNull String text) {
        SortedMap<String, String> dimensions = new TreeMap<>();
        Optional<String> problem = collect(field, text, dimensions);
        return problem.isPresent() ? problem : MetricChecks.dimensions(field, dimensions);
    }

    /** Puts each pair into {@code dimensions} up to the first bad one, whose problem it returns. */
    private static Optional<String> collect(
            String field, @CheckForNull String text, SortedMap<String, String> dimensions) {
        for (String pair : Texts.strip(text).split("[,\\n\\r]+")) {
            if (pair.isBlank()) {
                continue;
            }
            Optional<String> problem = problem(field, pair.strip(), dimensions);
            if (problem.isPresent()) {
                return problem;
            }
            int equals = pair.indexOf('=');
            dimensions.put(
                    pair.substring(0, equals).strip(),
                    pair.substring(equals + 1).strip());
        }
        return Optional.empty();
    }

    private static Optional<String> problem(String field, String pair, SortedMap<String, String> before) {
        int equals = pair.indexOf('=');
        if (equals < 0) {
            return Optional.of("'" + field + "' has '" + pair + "', which is not Name=Value: write each dimension"
                    + " as Name=Value, separated by commas, e.g. " + EXAMPLE + ".");
        }
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (name.isEmpty()) {
            return Optional.of("'" + field + "' has '" + pair + "' without a dimension name: write Name=Value, e.g. "
                    + EXAMPLE + ".");
        }
        if (value.isEmpty()) {
            return Optional.of("'" + field + "' gives dimension " + name + " no value: write " + name + "=Value (a"
                    + " value holds no comma), e.g. " + EXAMPLE + ".");
        }
        if (before.containsKey(name)) {
            return Optional.of("'" + field + "' gives dimension " + name + " twice (" + before.get(name) + " and "
                    + value + "): a CloudWatch series has one value per dimension; keep one.");
        }
        return Optional.empty();
    }
}
