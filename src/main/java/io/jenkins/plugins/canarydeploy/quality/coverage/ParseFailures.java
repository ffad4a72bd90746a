package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.CoverageParser.ParsingException;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Turns what a coverage-model parser throws into one sentence naming the report and what is wrong with it. Never
 * passes on a parser's own message whole: coverage-model puts stack traces into its messages.
 */
final class ParseFailures {
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("Could not obtain attribute '([^']+)'");

    private ParseFailures() {}

    static String describe(
            RuntimeException failure, String name, CoverageFormat format, Optional<CoverageFormat> guess) {
        String hint = guess.filter(g -> g != format)
                .map(g -> " It looks like a " + g.displayName() + " report: set the format to '" + g.name() + "'.")
                .orElse("");
        if (failure instanceof NoSuchElementException
                && String.valueOf(failure.getMessage()).contains("does not contain data")) {
            return "'" + name + "' has no " + format.displayName() + " data: is it a " + format.displayName()
                    + " report?" + hint;
        }
        return "'" + name + "' is not a valid " + format.displayName() + " report: " + detail(failure) + "." + hint;
    }

    private static String detail(RuntimeException failure) {
        Throwable cause =
                failure instanceof ParsingException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof XMLStreamException xml) {
            return xml(xml);
        }
        String message = firstLine(cause.getMessage());
        Matcher missing = MISSING_ATTRIBUTE.matcher(message);
        if (missing.find()) {
            return "the attribute '" + missing.group(1) + "' is missing where the format requires it";
        }
        if (cause instanceof ParsingException || cause instanceof NoSuchElementException) {
            return message.isEmpty() ? "it ends too early or lacks required parts" : message;
        }
        return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : " (" + message + ")");
    }

    private static String xml(XMLStreamException xml) {
        String message = String.valueOf(xml.getMessage());
        int start = message.indexOf("Message: ");
        String text = firstLine(start >= 0 ? message.substring(start + "Message: ".length()) : message);
        Location location = xml.getLocation();
        if (location != null && location.getLineNumber() > 0) {
            return "not well-formed XML at line " + location.getLineNumber() + ", column " + location.getColumnNumber()
                    + " (" + text + ")";
        }
        return "not well-formed XML (" + text + ")";
    }

    static String firstLine(@CheckForNull String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        String line = (end < 0 ? stripped : stripped.substring(0, end)).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
