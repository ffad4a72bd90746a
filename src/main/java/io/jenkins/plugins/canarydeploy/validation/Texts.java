package io.jenkins.plugins.canarydeploy.validation;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Small helpers for text coming from forms and Pipeline arguments. */
public final class Texts {
    private Texts() {}

    /** The trimmed text, or {@code null} when it is null or blank. */
    @CheckForNull
    public static String trimToNull(@CheckForNull String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static boolean isBlank(@CheckForNull String text) {
        return trimToNull(text) == null;
    }

    /** The trimmed text, or the empty string when it is null. */
    public static String strip(@CheckForNull String text) {
        return text == null ? "" : text.strip();
    }
}
