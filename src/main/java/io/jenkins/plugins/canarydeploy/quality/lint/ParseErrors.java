package io.jenkins.plugins.canarydeploy.quality.lint;

import java.util.HashSet;
import java.util.Set;
import org.xml.sax.SAXParseException;

/**
 * Turns what a parser threw into one line for the user: the innermost cause's message, with its line number for
 * XML, without stack traces (analysis-model's ParsingException puts one into its message) and with the report's
 * absolute path replaced by its workspace path.
 */
final class ParseErrors {
    private static final int MAX_LENGTH = 300;

    private ParseErrors() {}

    static String describe(Throwable thrown) {
        return describe(thrown, "", "");
    }

    static String describe(Throwable thrown, String absolutePath, String path) {
        Throwable cause = innermost(thrown);
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            message = cause.getClass().getSimpleName();
        }
        message = firstLine(message);
        if (!absolutePath.isEmpty()) {
            message = message.replace(absolutePath, path).strip();
        }
        if (!path.isEmpty() && message.startsWith(path + ":")) {
            message = message.substring(path.length() + 1).strip();
        }
        while (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        if (cause instanceof SAXParseException sax && sax.getLineNumber() > 0) {
            message = "line " + sax.getLineNumber() + ": " + message;
        }
        return message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) + "..." : message;
    }

    private static Throwable innermost(Throwable thrown) {
        Set<Throwable> seen = new HashSet<>();
        Throwable cause = thrown;
        while (cause.getCause() != null && seen.add(cause)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).replace("\r", "");
    }
}
