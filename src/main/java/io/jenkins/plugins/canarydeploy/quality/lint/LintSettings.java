package io.jenkins.plugins.canarydeploy.quality.lint;

import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to record: one or more {@link LintTool}s, how many rows each tool's issues table keeps (the counts stay
 * exact), and the largest report file read, in megabytes.
 */
public final class LintSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_MAX_ROWS = 1000;
    public static final int DEFAULT_MAX_REPORT_MEGABYTES = 200;

    private final List<LintTool> tools;
    private final int maxRows;
    private final int maxReportMegabytes;

    public LintSettings(List<LintTool> tools, int maxRows, int maxReportMegabytes) {
        this.tools = List.copyOf(tools);
        this.maxRows = maxRows;
        this.maxReportMegabytes = maxReportMegabytes;
    }

    /** The tools with the default limits. */
    public static LintSettings of(LintTool... tools) {
        return new LintSettings(List.of(tools), DEFAULT_MAX_ROWS, DEFAULT_MAX_REPORT_MEGABYTES);
    }

    public LintSettings withMaxRows(int rows) {
        return new LintSettings(tools, rows, maxReportMegabytes);
    }

    public LintSettings withMaxReportMegabytes(int megabytes) {
        return new LintSettings(tools, maxRows, megabytes);
    }

    public List<LintTool> getTools() {
        return tools;
    }

    public int getMaxRows() {
        return maxRows;
    }

    public int getMaxReportMegabytes() {
        return maxReportMegabytes;
    }

    long maxReportBytes() {
        return (long) maxReportMegabytes << 20;
    }

    /** Every problem of the settings: fields "tools", "id", "pattern", "maxRows" and "maxReportMegabytes". */
    public Problems check(LintTools known) {
        Problems problems = new Problems().add("tools", toolsProblem());
        tools.forEach(tool -> problems.addAll(tool.check(known)));
        return problems.add("maxRows", maxRowsProblem(maxRows))
                .add("maxReportMegabytes", maxReportMegabytesProblem(maxReportMegabytes));
    }

    private Optional<String> toolsProblem() {
        if (tools.isEmpty()) {
            return Optional.of("Name at least one tool, for example tool 'pylint' with pattern '**/pylint.log'.");
        }
        Set<String> seen = new HashSet<>();
        return tools.stream()
                .map(LintTool::getId)
                .filter(id -> !id.isEmpty() && !seen.add(id))
                .findFirst()
                .map(id -> "The tool '" + id + "' is listed twice: list it once, with its patterns separated by"
                        + " commas.");
    }

    public static Optional<String> maxRowsProblem(int rows) {
        return rows < 1
                ? Optional.of("Keep at least 1 row in the issues table (got " + rows + "); the default is "
                        + DEFAULT_MAX_ROWS + ". The counts are exact whatever the limit.")
                : Optional.empty();
    }

    public static Optional<String> maxReportMegabytesProblem(int megabytes) {
        return megabytes < 1
                ? Optional.of("Allow reports of at least 1 MB (got " + megabytes + "); the default is "
                        + DEFAULT_MAX_REPORT_MEGABYTES + ".")
                : Optional.empty();
    }
}
