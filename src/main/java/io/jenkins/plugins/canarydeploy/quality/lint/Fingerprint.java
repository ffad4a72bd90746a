package io.jenkins.plugins.canarydeploy.quality.lint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Fingerprints an issue so that the same issue is found again in another build even when lines moved: the first
 * 64 bits of SHA-256 over the file (relative to the workspace), category, type, the message with its numbers
 * masked ("Line too long (#/#)") and the text of the flagged source line, white space collapsed in both. The line
 * number is left out on purpose. Issues that agree in all of these share a fingerprint; new and fixed issues are
 * then counted per fingerprint. Not thread-safe.
 */
final class Fingerprint {
    private static final byte[] SEPARATOR = {0};

    private final MessageDigest sha256;
    private final StringBuilder buffer = new StringBuilder();

    Fingerprint() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    long of(String file, String category, String type, String message, String sourceLine) {
        update(file);
        update(category);
        update(type);
        update(normalized(message, true, buffer));
        update(normalized(sourceLine, false, buffer));
        return ByteBuffer.wrap(sha256.digest()).getLong();
    }

    private void update(String part) {
        sha256.update(part.getBytes(StandardCharsets.UTF_8));
        sha256.update(SEPARATOR);
    }

    static String normalizedMessage(String message) {
        return normalized(message, true, new StringBuilder());
    }

    static String normalizedCode(String line) {
        return normalized(line, false, new StringBuilder());
    }

    /** Runs of white space become one space, leading and trailing ones go; runs of digits become '#' if asked. */
    private static String normalized(String text, boolean maskNumbers, StringBuilder out) {
        out.setLength(0);
        boolean space = false;
        boolean digits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                digits = false;
            } else if (maskNumbers && c >= '0' && c <= '9') {
                if (!digits) {
                    appendPendingSpace(out, space).append('#');
                }
                space = false;
                digits = true;
            } else {
                appendPendingSpace(out, space).append(c);
                space = false;
                digits = false;
            }
        }
        return out.toString();
    }

    private static StringBuilder appendPendingSpace(StringBuilder out, boolean space) {
        return space ? out.append(' ') : out;
    }
}
