package io.jenkins.plugins.canarydeploy.validation;

import java.util.List;

/** Thrown at run time when settings fail the same checks that the configuration form shows. */
public class InvalidSettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidSettingsException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}
