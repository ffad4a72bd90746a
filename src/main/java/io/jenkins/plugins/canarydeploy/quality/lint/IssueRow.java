package io.jenkins.plugins.canarydeploy.quality.lint;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One issue as the issues table shows it: severity, file relative to the workspace ("" when the tool named none),
 * line and column (0 when unknown), type, category, message, and the {@link Fingerprint} that matches it with the
 * same issue in another build. Immutable.
 */
public final class IssueRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Most severe first, then by file, line, column, type and message. */
    static final Comparator<IssueRow> TABLE_ORDER = IssueRow::compareInTable;

    private final LintSeverity severity;
    private final String file;
    private final int line;
    private final int column;
    private final String type;
    private final String category;
    private final String message;
    private final long fingerprint;

    public IssueRow(
            LintSeverity severity,
            String file,
            int line,
            int column,
            String type,
            String category,
            String message,
            long fingerprint) {
        this.severity = severity;
        this.file = file;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.type = type;
        this.category = category;
        this.message = message;
        this.fingerprint = fingerprint;
    }

    public LintSeverity getSeverity() {
        return severity;
    }

    public String getFile() {
        return file;
    }

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    public String getType() {
        return type;
    }

    public String getCategory() {
        return category;
    }

    public String getMessage() {
        return message;
    }

    public long getFingerprint() {
        return fingerprint;
    }

    /** The fingerprint as 16 hexadecimal digits. */
    public String getFingerprintText() {
        return HexFormat.of().toHexDigits(fingerprint);
    }

    private static int compareInTable(IssueRow a, IssueRow b) {
        int order = a.severity.compareTo(b.severity);
        if (order == 0) {
            order = a.file.compareTo(b.file);
        }
        if (order == 0) {
            order = Integer.compare(a.line, b.line);
        }
        if (order == 0) {
            order = Integer.compare(a.column, b.column);
        }
        if (order == 0) {
            order = a.type.compareTo(b.type);
        }
        return order == 0 ? a.message.compareTo(b.message) : order;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssueRow that
                && severity == that.severity
                && line == that.line
                && column == that.column
                && fingerprint == that.fingerprint
                && file.equals(that.file)
                && type.equals(that.type)
                && category.equals(that.category)
                && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, file, line, column, type, message, fingerprint);
    }

    @Override
    public String toString() {
        return severity.label() + " " + file + ":" + line + ":" + column + " [" + type + "] " + message;
    }
}
