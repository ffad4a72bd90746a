package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.hm.hafner.analysis.Severity;
import java.util.Locale;

/** The four severities of analysis-model, most severe first, with their labels and metric key parts. */
public enum LintSeverity {
    ERROR("Error"),
    WARNING_HIGH("High"),
    WARNING_NORMAL("Normal"),
    WARNING_LOW("Low");

    private final String label;

    LintSeverity(String label) {
        this.label = label;
    }

    /** The label shown on pages, for example "High". */
    public String label() {
        return label;
    }

    /** The lower-case short name used in metric keys and CSS classes: error, high, normal or low. */
    public String key() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** Maps an analysis-model severity; a custom one that is none of the four counts as normal. */
    static LintSeverity of(Severity severity) {
        if (Severity.ERROR.equals(severity)) {
            return ERROR;
        }
        if (Severity.WARNING_HIGH.equals(severity)) {
            return WARNING_HIGH;
        }
        if (Severity.WARNING_LOW.equals(severity)) {
            return WARNING_LOW;
        }
        return WARNING_NORMAL;
    }
}
