package io.jenkins.plugins.canarydeploy.quality.lint;

import io.jenkins.plugins.canarydeploy.quality.QualityReportException;

/**
 * Whether a lint recording may stand although some reports could not be read: only when bad reports are to be
 * skipped and at least one report was read. Otherwise the recording fails with one message naming every problem,
 * so that a missing or broken report never passes for a clean one.
 */
public final class LintReportCheck {
    private LintReportCheck() {}

    public static void check(LintResult result, boolean skipBadReports) throws QualityReportException {
        if (!result.hasErrors()) {
            return;
        }
        boolean nothingRead = result.getTools().stream()
                .allMatch(tool -> tool.getReportFiles().isEmpty());
        if (!skipBadReports || nothingRead) {
            throw QualityReportException.of(
                    "Cannot record lint results: " + result.getErrors().size() + " problem(s) with the reports"
                            + (nothingRead ? ", and no report could be read." : ".")
                            + (skipBadReports ? "" : " Fix them, or set skipBadReports: true to record the others."),
                    result.getErrors());
        }
    }
}
