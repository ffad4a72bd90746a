package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.IssueParser;
import edu.hm.hafner.analysis.Report;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.quality.lint.ReportFinder.ReportFile;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Parses one report file with one tool's analysis-model parser and hands its issues on. Bad reports never throw: a
 * huge, empty, malformed or wrong-format file, or one that declares a DTD, gives an error naming the file and the fix
 * instead of issues. Large reports of tools that write an issue per line are parsed in parts ({@link ChunkedParse}).
 */
final class ReportReader {
    private static final int MAX_PARSER_ERRORS = 5;

    private final String tool;
    private final Supplier<IssueParser> parsers;
    private final long maxBytes;
    private final @CheckForNull ChunkedParse chunks;

    /** @param chunks how to parse large reports in parts, or null when the tool's reports must be read whole */
    ReportReader(String tool, Supplier<IssueParser> parsers, long maxBytes, @CheckForNull ChunkedParse chunks) {
        this.tool = tool;
        this.parsers = parsers;
        this.maxBytes = maxBytes;
        this.chunks = chunks;
    }

    /** @throws InterruptedIOException when the thread was interrupted, for example because the build was aborted */
    Outcome read(ReportFile report, Consumer<Report> issues) throws InterruptedIOException {
        String path = report.path();
        try {
            long size = Files.size(report.file());
            if (size > maxBytes) {
                return Outcome.error(tool + ": '" + path + "' has " + megabytes(size) + ", more than the "
                        + megabytes(maxBytes) + " allowed. Raise the report size limit (maxReportMegabytes), or have"
                        + " the tool write smaller reports, for example one per module.");
            }
            ReportPrefix prefix = ReportPrefix.read(report.file());
            if (prefix.declaresDoctype()) {
                return Outcome.error(tool + ": '" + path + "' declares a document type (<!DOCTYPE ...>), which is"
                        + " refused so that no external entity is ever read; the file was not parsed. Write the"
                        + " report without a DOCTYPE.");
            }
            if (chunks != null && size > ChunkedParse.CHUNK_BYTES && !prefix.looksLikeXml()) {
                return parseInParts(report, size, issues);
            }
            return parse(report, prefix, issues);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Interrupted while reading '" + path + "'");
            }
            return Outcome.error(
                    tool + ": '" + path + "' cannot be read (" + e.getClass().getSimpleName() + ")."
                            + " Check that the file is readable by the user the agent runs as.");
        }
    }

    private Outcome parseInParts(ReportFile report, long size, Consumer<Report> issues) throws IOException {
        try {
            int count = Objects.requireNonNull(chunks).parse(report.file(), size, issues);
            return count == 0 ? Outcome.note(noIssue(report.path())) : Outcome.ok();
        } catch (RuntimeException e) { // analysis-model's ParsingException, or anything a parser may throw
            String cause =
                    ParseErrors.describe(e, report.file().toAbsolutePath().toString(), report.path());
            return Outcome.error(malformed(report.path(), cause) + " Issues of its first parts may be counted.");
        }
    }

    private Outcome parse(ReportFile report, ReportPrefix prefix, Consumer<Report> issues)
            throws InterruptedIOException {
        String path = report.path();
        FileReaderFactory factory =
                new FileReaderFactory(report.file(), prefix.looksLikeXml() ? null : StandardCharsets.UTF_8);
        IssueParser parser = parsers.get();
        Report parsed;
        try {
            if (!parser.accepts(factory)) {
                return Outcome.error(prefix.isEmpty() ? empty(path) : notAccepted(path));
            }
            parsed = parser.parse(factory);
        } catch (RuntimeException e) { // analysis-model's ParsingException, or anything a parser may throw
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Interrupted while parsing '" + path + "'");
            }
            String cause = ParseErrors.describe(e, factory.getFileName(), path);
            return Outcome.error(prefix.isEmpty() ? empty(path) : malformed(path, cause));
        }
        issues.accept(parsed);
        List<String> parserErrors = parsed.getErrorMessages();
        if (!parserErrors.isEmpty()) {
            return Outcome.partial(parserErrors(path, parserErrors));
        }
        return parsed.isEmpty() && !prefix.isEmpty() ? Outcome.note(noIssue(path)) : Outcome.ok();
    }

    private String noIssue(String path) {
        return tool + ": '" + path + "' holds no issue. If the tool reported issues, the file is not in a format the "
                + tool + " parser reads: check the tool id and the report format.";
    }

    private String empty(String path) {
        return tool + ": '" + path + "' is empty. Check that the tool ran to its end and wrote its report there.";
    }

    private String notAccepted(String path) {
        return tool + ": '" + path + "' is not a " + tool + " report: the parser does not accept the file. Check"
                + " that the tool id matches the tool that wrote it, and the report format (for example XML with"
                + " its <?xml ...?> header, or the file name's extension).";
    }

    private String malformed(String path, String cause) {
        return tool + ": '" + path + "' cannot be parsed (" + cause + "). Check that the tool id matches the tool"
                + " that wrote the file, that the report format is the one the " + tool + " parser reads, and that"
                + " the tool finished writing it.";
    }

    private String parserErrors(String path, List<String> errors) {
        String shown = String.join("; ", errors.subList(0, Math.min(MAX_PARSER_ERRORS, errors.size())));
        String more =
                errors.size() > MAX_PARSER_ERRORS ? " (and " + (errors.size() - MAX_PARSER_ERRORS) + " more)" : "";
        return tool + ": the parser reported problems in '" + path + "': " + shown + more;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Whether the file was read (its issues handed on), and an error or note about it. */
    record Outcome(boolean read, Optional<String> error, Optional<String> note) {
        static Outcome ok() {
            return new Outcome(true, Optional.empty(), Optional.empty());
        }

        static Outcome partial(String error) {
            return new Outcome(true, Optional.of(error), Optional.empty());
        }

        static Outcome note(String note) {
            return new Outcome(true, Optional.empty(), Optional.of(note));
        }

        static Outcome error(String error) {
            return new Outcome(false, Optional.of(error), Optional.empty());
        }
    }
}
