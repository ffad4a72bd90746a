package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.actions.ApprovalAction;
import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.VerdictAction;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** What a watch's verdict means for the build: passed, failed, or a question for a person when data was missing. */
final class WatchVerdicts {
    static final String TREAT_AS_PASSED = "Treat the canary as passed";
    static final String TREAT_AS_FAILED = "Treat the canary as failed";

    /** The answer to a pending question, once given. */
    enum Answer {
        NONE,
        PASSED,
        FAILED
    }

    private WatchVerdicts() {}

    static boolean passed(CanaryDecision decision, WatchSpec spec) {
        return VerdictAction.of(decision.verdict(), spec.noDataPolicy()) == VerdictAction.PASS;
    }

    /** Asks on the build page when the verdict needs a person (no data under {@code pause}); null otherwise. */
    @CheckForNull
    static Pending askIfNeeded(CanaryDecision decision, WatchSpec spec, Run<?, ?> run, String watchId, PrintStream log)
            throws IOException {
        if (VerdictAction.of(decision.verdict(), spec.noDataPolicy()) != VerdictAction.ASK) {
            return null;
        }
        String id = "canary-no-data-" + watchId;
        ApprovalAction.ask(
                run,
                id,
                spec.title() + " had no data to judge (" + decision.summary() + "): how should it count?",
                List.of(TREAT_AS_PASSED, TREAT_AS_FAILED));
        log.println("No data to judge the canary: answer on the build page whether it counts as passed or failed: "
                + run.getUrl());
        return new Pending(id, decision);
    }

    /** A question asked on the build page, kept with the execution so that a restart does not lose it. */
    static final class Pending implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String approvalId;
        private final CanaryDecision decision;

        Pending(String approvalId, CanaryDecision decision) {
            this.approvalId = approvalId;
            this.decision = decision;
        }

        CanaryDecision decision() {
            return decision;
        }

        String approvalId() {
            return approvalId;
        }

        Answer answer(Run<?, ?> run, PrintStream log) throws IOException {
            Optional<ApprovalAction> approval = ApprovalAction.find(run, approvalId);
            Optional<String> choice = approval.isPresent() ? approval.get().takeDecision() : Optional.empty();
            if (choice.isEmpty()) {
                return Answer.NONE;
            }
            log.println(choice.get() + ", as " + approval.get().getDecidedBy() + " chose");
            return TREAT_AS_PASSED.equals(choice.get()) ? Answer.PASSED : Answer.FAILED;
        }
    }
}
