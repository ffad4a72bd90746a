package io.jenkins.plugins.canarydeploy.quality.lint;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The lint results of one build, one {@link ToolResult} per tool, in the order of the settings. Compact and
 * serializable: it is what travels from the agent to the controller, and it is stored in a file of its own in the
 * build folder ({@link LintResultFile}). Immutable.
 */
public final class LintResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<ToolResult> tools;

    public LintResult(List<ToolResult> tools) {
        this.tools = List.copyOf(tools);
    }

    public List<ToolResult> getTools() {
        return tools;
    }

    public Optional<ToolResult> getTool(String id) {
        return tools.stream().filter(tool -> tool.getId().equals(id)).findFirst();
    }

    /** The counts of all tools together. */
    public SeverityCounts getCounts() {
        return tools.stream().map(ToolResult::getCounts).reduce(SeverityCounts.none(), SeverityCounts::plus);
    }

    public int getTotal() {
        return getCounts().total();
    }

    /** Whether some report could not be read, so that the counts may be too low. */
    public boolean hasErrors() {
        return tools.stream().anyMatch(tool -> !tool.getErrors().isEmpty());
    }

    /** The errors of all tools. */
    public List<String> getErrors() {
        return tools.stream().flatMap(tool -> tool.getErrors().stream()).toList();
    }

    @Override
    public String toString() {
        return "LintResult" + tools;
    }
}
