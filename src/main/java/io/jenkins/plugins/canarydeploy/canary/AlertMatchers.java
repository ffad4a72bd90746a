package io.jenkins.plugins.canarydeploy.canary;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Alertmanager label matchers as people write them, one per line or separated by commas:
 * {@code deployment_group="canary"}, {@code alertname=~"High.*"}, {@code severity!="info"}, {@code env!~"dev|test"}.
 */
public final class AlertMatchers {
    /** The settings field these matchers come from, named in every problem. */
    public static final String FIELD = "matchers";

    private static final Pattern MATCHER =
            Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");
    private static final String FIX = "write each as name=\"value\", name!=\"value\", name=~\"regex\" or"
            + " name!~\"regex\", one per line or separated by commas, e.g. deployment_group=\"canary\"";

    private AlertMatchers() {}

    /** The matchers in Alertmanager's filter syntax, ready to be sent; throws naming the field when one is bad. */
    public static List<String> parse(String text) {
        Optional<String> problem = check(text);
        if (problem.isPresent()) {
            throw new InvalidSettingsException(
                    FIELD + ": " + problem.get(), List.of(new FieldProblem(FIELD, problem.get())));
        }
        List<String> filters = new ArrayList<>();
        for (String part : split(text)) {
            filters.add(part.strip());
        }
        return filters;
    }

    /** The problem with these matchers, naming the fix; empty when they are fine. */
    public static Optional<String> check(String text) {
        List<String> parts = split(text);
        if (parts.isEmpty()) {
            return Optional.of("Give at least one label matcher, e.g. deployment_group=\"canary\", so that only"
                    + " this canary's alerts count");
        }
        for (String part : parts) {
            Matcher matcher = MATCHER.matcher(part);
            if (!matcher.matches()) {
                return Optional.of("'" + part.strip() + "' is not a label matcher; " + FIX);
            }
            if (matcher.group(2).contains("~")) {
                try {
                    Pattern.compile(matcher.group(3));
                } catch (PatternSyntaxException e) {
                    return Optional.of("'" + part.strip() + "' has an invalid regular expression (" + e.getDescription()
                            + "); fix the pattern between the quotes");
                }
            }
        }
        return Optional.empty();
    }

    /** Splits at newlines and at commas outside quotes; blank parts are dropped. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean escaped = false;
        for (char c : text.toCharArray()) {
            if (!quoted && (c == ',' || c == '\n' || c == '\r')) {
                addIfNotBlank(parts, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
            if (escaped) {
                escaped = false;
            } else if (c == '\\' && quoted) {
                escaped = true;
            } else if (c == '"') {
                quoted = !quoted;
            }
        }
        addIfNotBlank(parts, current);
        return parts;
    }

    private static void addIfNotBlank(List<String> parts, StringBuilder part) {
        if (!part.toString().isBlank()) {
            parts.add(part.toString());
        }
    }
}
