package io.jenkins.plugins.canarydeploy.quality.lint;

import java.util.Arrays;
import java.util.List;

/** One severity's count for a page: the severity, its label and its CSS key, and the count. */
public record SeverityCount(LintSeverity severity, String label, String key, int count) {
    /** The counts of all four severities, most severe first. */
    static List<SeverityCount> of(SeverityCounts counts) {
        return Arrays.stream(LintSeverity.values())
                .map(severity -> new SeverityCount(severity, severity.label(), severity.key(), counts.get(severity)))
                .toList();
    }
}
