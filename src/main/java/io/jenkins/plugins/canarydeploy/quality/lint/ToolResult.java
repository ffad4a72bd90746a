package io.jenkins.plugins.canarydeploy.quality.lint;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What one tool's reports held: the report files read (relative to the workspace), exact counts by severity, the
 * issues table capped at a number of rows (most severe first), the fingerprints of all issues (sorted, for exact new
 * and fixed counts), errors (reports that could not be read, so the counts may be incomplete) and notes (hints that
 * do not make the result wrong). Immutable.
 */
public final class ToolResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final List<String> reportFiles;
    private final SeverityCounts counts;
    private final List<IssueRow> rows;
    private final long[] fingerprints;
    private final List<String> errors;
    private final List<String> notes;

    /**
     * @param fingerprints the fingerprints of every issue, one per issue counted in {@code counts}
     * @param rows at most one row per issue, in table order
     */
    public ToolResult(
            String id,
            String name,
            List<String> reportFiles,
            SeverityCounts counts,
            List<IssueRow> rows,
            long[] fingerprints,
            List<String> errors,
            List<String> notes) {
        if (fingerprints.length != counts.total() || rows.size() > counts.total()) {
            throw new IllegalArgumentException("Tool '" + id + "' has " + counts.total() + " issues but "
                    + fingerprints.length + " fingerprints and " + rows.size() + " rows");
        }
        this.id = id;
        this.name = name;
        this.reportFiles = List.copyOf(reportFiles);
        this.counts = counts;
        this.rows = List.copyOf(rows);
        this.fingerprints = fingerprints.clone();
        Arrays.sort(this.fingerprints);
        this.errors = List.copyOf(errors);
        this.notes = List.copyOf(notes);
    }

    /** The analysis-model parser id, for example "pylint". */
    public String getId() {
        return id;
    }

    /** The tool's name, for example "Pylint". */
    public String getName() {
        return name;
    }

    public List<String> getReportFiles() {
        return reportFiles;
    }

    public SeverityCounts getCounts() {
        return counts;
    }

    public int getTotal() {
        return counts.total();
    }

    /** The issues table: the most severe issues, at most as many as the settings allow. */
    public List<IssueRow> getRows() {
        return rows;
    }

    /** Whether the table leaves out issues because of its row limit; the counts still include them. */
    public boolean isTruncated() {
        return rows.size() < counts.total();
    }

    /** The sorted fingerprints of all issues; shared, not to be changed. */
    long[] fingerprints() {
        return fingerprints;
    }

    /** Reports that could not be read, each message naming the file and the fix. */
    public List<String> getErrors() {
        return errors;
    }

    /** Hints, for example a non-empty report without any issue the parser recognised. */
    public List<String> getNotes() {
        return notes;
    }

    @Override
    public String toString() {
        return name + " (" + id + "): " + counts.total() + " issues in " + reportFiles.size() + " files";
    }
}
