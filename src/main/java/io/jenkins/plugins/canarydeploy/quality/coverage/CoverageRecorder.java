package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.ModuleNode;
import edu.hm.hafner.coverage.Node;
import io.jenkins.plugins.canarydeploy.quality.QualityReportException;
import io.jenkins.plugins.canarydeploy.quality.ReportFile;
import io.jenkins.plugins.canarydeploy.quality.ReportFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Records coverage on the agent that holds the workspace: finds the reports, parses each, merges them into one
 * tree (when there are several) and condenses it into a {@link CoverageResult}, which alone travels to the
 * controller. Bad reports fail the recording with a message naming each, unless the settings skip them (then the
 * result lists them); a recording where no report could be read always fails.
 */
public final class CoverageRecorder {
    private CoverageRecorder() {}

    public static CoverageResult record(Path workspace, CoverageSettings settings) throws IOException {
        ReportFinder.Found found = ReportFinder.find(workspace, settings.getPattern());
        ReportParser parser = new ReportParser(settings.getFormat(), settings.maxReportBytes());
        List<ParsedReport> parsed = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ReportFile report : found.files()) {
            try {
                parsed.add(parser.parse(report));
                read.add(report.name());
            } catch (QualityReportException e) {
                problems.add(e.getMessage());
            }
        }
        if (parsed.isEmpty() || (!problems.isEmpty() && !settings.isSkipBadReports())) {
            throw QualityReportException.of(
                    "Cannot record " + settings.getFormat().displayName() + " coverage: " + problems.size() + " of "
                            + found.files().size() + " report(s) could not be read.",
                    problems);
        }
        CoverageResult.Builder result = CoverageResult.builder(settings.getFormat());
        read.forEach(result::report);
        problems.forEach(result::problem);
        found.notes().forEach(result::problem);
        if (parsed.size() == 1) {
            parsed.get(0).fill(result);
        } else {
            ResultBuilder.fill(merge(parsed.stream().map(ParsedReport::tree).toList(), read), result);
        }
        return result.build();
    }

    private static Node merge(List<ModuleNode> modules, List<String> names) throws QualityReportException {
        try {
            return Node.merge(modules);
        } catch (RuntimeException e) {
            throw new QualityReportException("Cannot merge the reports " + String.join(", ", names) + ": "
                    + ParseFailures.firstLine(e.getMessage()) + ". Reports that disagree about the same file (for"
                    + " example from different versions of the code) cannot be merged: record them in separate"
                    + " steps, or narrow the pattern.");
        }
    }
}
