package io.jenkins.plugins.canarydeploy.quality.lint;

import java.util.List;

/**
 * New and fixed issues of one tool against the reference build. The counts are exact; the lists hold the new and
 * fixed issues that are in the issues tables (which are capped), so they may be shorter than the counts.
 */
public record ToolDelta(String id, int newCount, int fixedCount, List<IssueRow> newIssues, List<IssueRow> fixedIssues) {
    public ToolDelta {
        newIssues = List.copyOf(newIssues);
        fixedIssues = List.copyOf(fixedIssues);
    }
}
