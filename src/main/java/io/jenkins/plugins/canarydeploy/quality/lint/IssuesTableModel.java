package io.jenkins.plugins.canarydeploy.quality.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The details page of a lint result: the issues table (severity, file, line, type, message, whether new) of all
 * tools or of one, the fixed issues, and a caption that says when the table shows fewer issues than there are.
 */
public final class IssuesTableModel {
    private static final Comparator<IssueTableRow> ORDER = Comparator.comparing(IssueTableRow::severity)
            .thenComparing(IssueTableRow::file)
            .thenComparingInt(IssueTableRow::line)
            .thenComparingInt(IssueTableRow::column)
            .thenComparing(IssueTableRow::tool);

    private final List<IssueTableRow> rows = new ArrayList<>();
    private final List<IssueTableRow> fixedRows = new ArrayList<>();
    private int total;
    private int fixedCount;

    private IssuesTableModel() {}

    /** The table of every tool, {@code toolId} "" , or of the tool with that id. */
    public static IssuesTableModel of(LintResult result, LintDelta delta, String toolId) {
        IssuesTableModel model = new IssuesTableModel();
        for (ToolResult tool : result.getTools()) {
            if (toolId.isEmpty() || tool.getId().equals(toolId)) {
                model.add(tool, delta);
            }
        }
        model.rows.sort(ORDER);
        model.fixedRows.sort(ORDER);
        return model;
    }

    private void add(ToolResult tool, LintDelta delta) {
        ToolDelta changes = delta.getTool(tool.getId()).orElse(new ToolDelta(tool.getId(), 0, 0, List.of(), List.of()));
        Set<IssueRow> added = new HashSet<>(changes.newIssues());
        tool.getRows().forEach(row -> rows.add(IssueTableRow.of(tool.getName(), row, added.contains(row))));
        changes.fixedIssues().forEach(row -> fixedRows.add(IssueTableRow.of(tool.getName(), row, false)));
        total += tool.getTotal();
        fixedCount += changes.fixedCount();
    }

    public List<IssueTableRow> getRows() {
        return rows;
    }

    /** Issues of the reference build that are gone; at most those its issues table held. */
    public List<IssueTableRow> getFixedRows() {
        return fixedRows;
    }

    public int getTotal() {
        return total;
    }

    public int getFixedCount() {
        return fixedCount;
    }

    public boolean isTruncated() {
        return rows.size() < total;
    }

    /** For example "Showing the 1,000 most severe of 52,345 issues." or "25 issues." */
    public String getCaption() {
        if (isTruncated()) {
            return String.format(
                    Locale.ROOT,
                    "Showing the %,d most severe of %,d issues; the counts include all of them.",
                    rows.size(),
                    total);
        }
        return LintSummaryModel.issues(total) + ".";
    }
}
