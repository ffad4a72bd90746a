package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Gathers the issues of one tool's report files into a {@link ToolResult}: exact counts, every fingerprint, and only
 * the most severe rows up to the limit, so that memory stays bounded however many issues there are.
 */
final class ToolCollector {
    /** Messages longer than this are cut in the table (some tools append whole rule descriptions). */
    static final int MAX_MESSAGE_LENGTH = 2000;

    private final int maxRows;
    private final SourceContext context;
    private final Fingerprint fingerprint = new Fingerprint();
    private final int[] counts = new int[LintSeverity.values().length];
    private final PriorityQueue<IssueRow> rows;
    private final List<String> reportFiles = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long[] fingerprints = new long[64];
    private int size;

    ToolCollector(int maxRows, SourceContext context) {
        this.maxRows = maxRows;
        this.context = context;
        this.rows = new PriorityQueue<>(IssueRow.TABLE_ORDER.reversed());
    }

    void addReportFile(String path) {
        reportFiles.add(path);
    }

    /** Adds the issues of a report, or of a part of one. */
    void addIssues(Report report) {
        String[] files = new String[report.size()];
        int index = 0;
        for (Issue issue : report) {
            files[index] = context.relative(issue.getFileName());
            context.want(files[index++], issue.getLineStart());
        }
        index = 0;
        for (Issue issue : report) {
            add(toRow(issue, files[index++]));
        }
        context.forget();
    }

    void addError(String error) {
        errors.add(error);
    }

    void addNote(String note) {
        notes.add(note);
    }

    private IssueRow toRow(Issue issue, String file) {
        int line = issue.getLineStart();
        long print = fingerprint.of(
                file, issue.getCategory(), issue.getType(), issue.getMessage(), context.line(file, line));
        return new IssueRow(
                LintSeverity.of(issue.getSeverity()),
                file,
                line,
                issue.getColumnStart(),
                issue.getType(),
                issue.getCategory(),
                shortened(issue.getMessage()),
                print);
    }

    private static String shortened(String message) {
        return message.length() <= MAX_MESSAGE_LENGTH ? message : message.substring(0, MAX_MESSAGE_LENGTH) + "...";
    }

    private void add(IssueRow row) {
        counts[row.getSeverity().ordinal()]++;
        if (size == fingerprints.length) {
            fingerprints = Arrays.copyOf(fingerprints, size * 2);
        }
        fingerprints[size++] = row.getFingerprint();
        if (rows.size() < maxRows) {
            rows.add(row);
        } else if (IssueRow.TABLE_ORDER.compare(row, rows.peek()) < 0) {
            rows.poll(); // the least severe row leaves the table; the counts keep it
            rows.add(row);
        }
    }

    ToolResult result(String id, String name) {
        List<IssueRow> table = new ArrayList<>(rows);
        table.sort(IssueRow.TABLE_ORDER);
        return new ToolResult(
                id,
                name,
                reportFiles,
                SeverityCounts.of(counts),
                table,
                Arrays.copyOf(fingerprints, size),
                errors,
                notes);
    }
}
