package io.jenkins.plugins.canarydeploy.quality.lint;

/**
 * One row of the issues table on the details page. The message is its first line; further lines (some tools put a
 * rule description there) are in {@code details}. {@code location} reads "file:line:column", without the parts
 * that are unknown.
 */
public record IssueTableRow(
        String tool,
        LintSeverity severity,
        String severityLabel,
        String file,
        int line,
        int column,
        String location,
        String type,
        String category,
        String message,
        String details,
        boolean isNew) {
    static IssueTableRow of(String tool, IssueRow row, boolean isNew) {
        String text = row.getMessage().strip();
        int end = text.indexOf('\n');
        String message = end < 0 ? text : text.substring(0, end).strip();
        String details = end < 0 ? "" : text.substring(end + 1).strip();
        return new IssueTableRow(
                tool,
                row.getSeverity(),
                row.getSeverity().label(),
                row.getFile(),
                row.getLine(),
                row.getColumn(),
                location(row),
                row.getType(),
                row.getCategory(),
                message,
                details,
                isNew);
    }

    private static String location(IssueRow row) {
        if (row.getFile().isEmpty()) {
            return "-";
        }
        String line = row.getLine() > 0 ? ":" + row.getLine() : "";
        String column = row.getLine() > 0 && row.getColumn() > 0 ? ":" + row.getColumn() : "";
        return row.getFile() + line + column;
    }
}
