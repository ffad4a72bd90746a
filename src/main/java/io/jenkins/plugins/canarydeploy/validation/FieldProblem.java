package io.jenkins.plugins.canarydeploy.validation;

/**
 * A problem with one input field: which field, and a message that says what is wrong and how to fix it.
 * Form validation shows the message next to the field; a Pipeline run fails with {@link #describe()}.
 */
public record FieldProblem(String field, String message) {
    /** Field name and message in one line, for build logs and exceptions. */
    public String describe() {
        return "'" + field + "': " + message;
    }
}
