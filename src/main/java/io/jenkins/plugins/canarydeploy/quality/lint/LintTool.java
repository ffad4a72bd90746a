package io.jenkins.plugins.canarydeploy.quality.lint;

import io.jenkins.plugins.canarydeploy.bundle.PathPatterns;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One tool to record: its analysis-model parser id and an Ant pattern of its report files relative to the workspace
 * (several patterns separated by commas). A blank pattern stands for the tool's usual report file, where
 * analysis-model names one.
 */
public final class LintTool implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String pattern;

    public LintTool(String id, String pattern) {
        this.id = id.strip();
        this.pattern = pattern.strip();
    }

    public String getId() {
        return id;
    }

    public String getPattern() {
        return pattern;
    }

    /** The pattern, or the tool's usual report file when the pattern is blank. */
    String effectivePattern(LintTools tools) {
        return pattern.isEmpty() ? tools.defaultPattern(id) : pattern;
    }

    /** The problems of the id (field "id") and the pattern (field "pattern"). */
    public Problems check(LintTools tools) {
        Problems problems = new Problems().add("id", tools.idProblem(id));
        if (tools.contains(id)) {
            problems.add("pattern", patternProblem(effectivePattern(tools)));
        }
        return problems;
    }

    /** What is wrong with a pattern list and how to fix it, if anything. */
    public static Optional<String> patternProblem(String patterns) {
        List<String> list = PathPatterns.split(patterns);
        if (list.isEmpty()) {
            return Optional.of("Give an Ant pattern of the report files, relative to the workspace, for example"
                    + " '**/pylint.log' or 'build/reports/*.xml'.");
        }
        return list.stream()
                .map(LintTool::singlePatternProblem)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> singlePatternProblem(String pattern) {
        String normalized = pattern.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
            return Optional.of("'" + pattern + "' is an absolute path: patterns are relative to the workspace, for"
                    + " example 'reports/checkstyle-result.xml'.");
        }
        if (Arrays.asList(normalized.split("/")).contains("..")) {
            return Optional.of("'" + pattern + "' leaves the workspace with '..': reports are read from inside the"
                    + " workspace only; write them there, or copy them there before recording.");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id + " '" + pattern + "'";
    }
}
