package io.jenkins.plugins.canarydeploy.quality;

import java.io.IOException;
import java.util.List;

/**
 * Reports cannot be recorded as asked: none matched, or some could not be read or parsed. The message names each
 * report and what is wrong with it (never a stack trace), so that a build log shows all problems at once.
 */
public class QualityReportException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LISTED = 20;

    private final transient List<String> problems;

    public QualityReportException(String problem) {
        this(problem, List.of(problem));
    }

    private QualityReportException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** One exception for several problems, with a headline; lists at most 20 of them in its message. */
    public static QualityReportException of(String headline, List<String> problems) {
        StringBuilder message = new StringBuilder(headline);
        problems.stream()
                .limit(MAX_LISTED)
                .forEach(problem -> message.append("\n - ").append(problem));
        if (problems.size() > MAX_LISTED) {
            message.append("\n   ... and ").append(problems.size() - MAX_LISTED).append(" more");
        }
        return new QualityReportException(message.toString(), problems);
    }

    /** Each problem on its own, naming its report. */
    public List<String> getProblems() {
        return problems;
    }
}
