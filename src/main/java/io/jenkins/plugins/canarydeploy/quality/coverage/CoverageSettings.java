package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.quality.ReportFinder;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;
import java.util.Optional;

/**
 * What to record: the reports' Ant pattern (relative to the workspace), their format, the largest report to read
 * and whether bad reports are skipped (listed in the result) rather than failing the recording. A plain
 * serializable class: it travels to the agent that reads the reports.
 */
public final class CoverageSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reports above this size are refused unless the limit is raised: parsing takes about 14 times the size in heap. */
    public static final int DEFAULT_MAX_REPORT_MEGABYTES = 100;

    public static final String PATTERN = "pattern";
    public static final String FORMAT = "format";
    public static final String MAX_REPORT_MEGABYTES = "maxReportMegabytes";

    private final String pattern;
    private final CoverageFormat format;
    private final int maxReportMegabytes;
    private final boolean skipBadReports;

    public CoverageSettings(String pattern, CoverageFormat format, int maxReportMegabytes, boolean skipBadReports) {
        new Problems()
                .add(PATTERN, ReportFinder.patternProblem(pattern))
                .add(MAX_REPORT_MEGABYTES, maxReportMegabytes(maxReportMegabytes))
                .throwIfAny("Recording coverage");
        this.pattern = pattern.strip();
        this.format = format;
        this.maxReportMegabytes = maxReportMegabytes;
        this.skipBadReports = skipBadReports;
    }

    /** The given pattern and format, the default size limit, failing on any bad report. */
    public static CoverageSettings of(String pattern, CoverageFormat format) {
        return new CoverageSettings(pattern, format, DEFAULT_MAX_REPORT_MEGABYTES, false);
    }

    /**
     * Settings from the text of a form or a Pipeline step; blank size limit means the default. Throws an
     * {@link io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException} naming every bad field.
     */
    public static CoverageSettings fromText(
            @CheckForNull String pattern,
            @CheckForNull String format,
            @CheckForNull String maxReportMegabytes,
            boolean skipBadReports) {
        check(pattern, format, maxReportMegabytes).throwIfAny("Recording coverage");
        return new CoverageSettings(
                Texts.strip(pattern),
                CoverageFormat.fromText(format).orElseThrow(),
                Texts.isBlank(maxReportMegabytes)
                        ? DEFAULT_MAX_REPORT_MEGABYTES
                        : Integer.parseInt(Texts.strip(maxReportMegabytes)),
                skipBadReports);
    }

    /** Checks the fields "pattern", "format" and "maxReportMegabytes", naming each bad one and its fix. */
    public static Problems check(
            @CheckForNull String pattern, @CheckForNull String format, @CheckForNull String maxReportMegabytes) {
        return new Problems()
                .add(PATTERN, ReportFinder.patternProblem(pattern))
                .add(FORMAT, CoverageFormat.check(format))
                .add(MAX_REPORT_MEGABYTES, maxReportMegabytes(maxReportMegabytes));
    }

    public static Optional<String> maxReportMegabytes(@CheckForNull String text) {
        if (Texts.isBlank(text)) {
            return Optional.empty();
        }
        try {
            return maxReportMegabytes(Integer.parseInt(Texts.strip(text)));
        } catch (NumberFormatException e) {
            return Optional.of("'" + Texts.strip(text) + "' is not a whole number of megabytes: give the largest"
                    + " report to read, for example " + DEFAULT_MAX_REPORT_MEGABYTES + ", or leave it empty.");
        }
    }

    static Optional<String> maxReportMegabytes(int megabytes) {
        if (megabytes < 1) {
            return Optional.of("The largest report to read must be at least 1 MB, got " + megabytes + ".");
        }
        return Optional.empty();
    }

    public String getPattern() {
        return pattern;
    }

    public CoverageFormat getFormat() {
        return format;
    }

    public int getMaxReportMegabytes() {
        return maxReportMegabytes;
    }

    public long maxReportBytes() {
        return (long) maxReportMegabytes << 20;
    }

    public boolean isSkipBadReports() {
        return skipBadReports;
    }

    @Override
    public String toString() {
        return format + " reports matching '" + pattern + "'";
    }
}
