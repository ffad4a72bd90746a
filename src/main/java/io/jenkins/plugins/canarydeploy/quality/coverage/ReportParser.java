package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.CoverageParser;
import edu.hm.hafner.coverage.CoverageParser.ProcessingMode;
import edu.hm.hafner.coverage.ModuleNode;
import edu.hm.hafner.coverage.registry.ParserRegistry;
import edu.hm.hafner.util.FilteredLog;
import io.jenkins.plugins.canarydeploy.quality.QualityReportException;
import io.jenkins.plugins.canarydeploy.quality.ReportFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Parses one report with coverage-model's parser for the format; a Cobertura report first with the faster
 * {@link CoberturaReader}, which gives the same result and leaves every report it does not read exactly like
 * coverage-model (bad ones included) to coverage-model. XML is read by coverage-model's secure StAX factory (no DTDs,
 * no external entities). Refuses empty reports and reports above the size limit before reading, and turns every
 * failure into one message naming the report.
 */
final class ReportParser {
    private static final int BUFFER_CHARS = 1 << 16;

    private final CoverageFormat format;
    private final long maxBytes;

    ReportParser(CoverageFormat format, long maxBytes) {
        this.format = format;
        this.maxBytes = maxBytes;
    }

    ParsedReport parse(ReportFile report) throws QualityReportException {
        checkSize(report);
        if (format == CoverageFormat.COBERTURA) {
            Optional<CoberturaReport> read = readCobertura(report);
            if (read.isPresent()) {
                return ParsedReport.of(read.get());
            }
        }
        return ParsedReport.of(parseWithModel(report));
    }

    /** Reads with the fast reader; empty when it leaves the report to coverage-model. */
    private static Optional<CoberturaReport> readCobertura(ReportFile report) throws QualityReportException {
        try (BufferedReader reader = open(report)) {
            return Optional.of(CoberturaReader.read(reader));
        } catch (IOException e) {
            throw new QualityReportException("Cannot read '" + report.name() + "': " + e.getMessage());
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty(); // coverage-model reads it again: its result, or its message for a bad report
        }
    }

    private void checkSize(ReportFile report) throws QualityReportException {
        long size = size(report);
        if (size == 0) {
            throw new QualityReportException("'" + report.name() + "' is empty (0 bytes): the tool that writes it"
                    + " failed or has not run before this step.");
        }
        if (size > maxBytes) {
            throw new QualityReportException(String.format(
                    Locale.ROOT,
                    "'%s' is %.1f MB, more than the %d MB allowed for one report ('%s'). Raise the limit if the"
                            + " report is right, or narrow the pattern.",
                    report.name(),
                    size / 1048576.0,
                    maxBytes >> 20,
                    CoverageSettings.MAX_REPORT_MEGABYTES));
        }
    }

    private ModuleNode parseWithModel(ReportFile report) throws QualityReportException {
        CoverageParser parser = new ParserRegistry().get(format.parserType(), ProcessingMode.FAIL_FAST);
        try (BufferedReader reader = open(report)) {
            return parser.parse(reader, report.name(), new FilteredLog("Errors in " + report.name()));
        } catch (IOException e) {
            throw new QualityReportException("Cannot read '" + report.name() + "': " + e.getMessage());
        } catch (RuntimeException e) {
            throw new QualityReportException(
                    ParseFailures.describe(e, report.name(), format, ReportSniffer.guess(report.path())));
        }
    }

    private static long size(ReportFile report) throws QualityReportException {
        try {
            return Files.size(report.path());
        } catch (IOException e) {
            throw new QualityReportException("Cannot read '" + report.name() + "': " + e.getMessage());
        }
    }

    /** The report as UTF-8 text, after a byte order mark if it has one. */
    private static BufferedReader open(ReportFile report) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(
                        Files.newInputStream(report.path(), LinkOption.NOFOLLOW_LINKS), StandardCharsets.UTF_8),
                BUFFER_CHARS);
        try {
            skipByteOrderMark(reader);
            return reader;
        } catch (IOException e) {
            reader.close();
            throw e;
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }
}
