package io.jenkins.plugins.canarydeploy.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Collects {@link FieldProblem}s while checking a settings object, then reports them all at once. */
public final class Problems {
    private final List<FieldProblem> problems = new ArrayList<>();

    /** Adds a problem for {@code field} when {@code problem} is present. */
    public Problems add(String field, Optional<String> problem) {
        problem.ifPresent(message -> problems.add(new FieldProblem(field, message)));
        return this;
    }

    /** Adds every problem of {@code other}. */
    public Problems addAll(Problems other) {
        problems.addAll(other.problems);
        return this;
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    /** Throws an {@link InvalidSettingsException} naming every problem, if there is any. */
    public void throwIfAny(String what) {
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(
                    what + " has invalid settings: "
                            + problems.stream().map(FieldProblem::describe).collect(Collectors.joining("; ")),
                    list());
        }
    }
}
