package io.jenkins.plugins.canarydeploy.bundle;

import java.io.IOException;
import java.util.List;

/**
 * The workspace cannot be bundled as asked. The message names every problem found and how to fix it, so that a
 * build log shows all of them at once.
 */
public class BundleException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LISTED = 20;

    private final transient List<String> problems;

    public BundleException(String problem) {
        this(problem, List.of(problem));
    }

    private BundleException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** One exception for several problems, with a headline; lists at most 20 of them in its message. */
    public static BundleException of(String headline, List<String> problems) {
        StringBuilder message = new StringBuilder(headline);
        problems.stream()
                .limit(MAX_LISTED)
                .forEach(problem -> message.append("\n - ").append(problem));
        if (problems.size() > MAX_LISTED) {
            message.append("\n   ... and ").append(problems.size() - MAX_LISTED).append(" more");
        }
        return new BundleException(message.toString(), problems);
    }

    /** Each problem on its own, with its fix. */
    public List<String> getProblems() {
        return problems;
    }
}
