package io.jenkins.plugins.canarydeploy.steps;

import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.actions.ApprovalAction;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentFollower;
import io.jenkins.plugins.canarydeploy.deploy.Poll;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Ready state of a blue/green deployment that waits for a person: asks on the build page whether to reroute
 * traffic, and acts on the answer at the next poll. Continuing or stopping in the CodeDeploy console works too;
 * the question is then closed.
 */
final class ReadyApproval {
    static final String REROUTE = "Reroute traffic";
    static final String STOP = "Stop and roll back";

    private ReadyApproval() {}

    /** The poll to go on with: {@code poll} itself, or what acting on an answer gave. */
    static Poll handle(Poll poll, Run<?, ?> run, DeploymentFollower follower, Instant now) throws IOException {
        String deploymentId = poll.state().deploymentId();
        List<String> log = new ArrayList<>(poll.log());
        Optional<String> answer = answer(run, deploymentId, poll.waitingForApproval(), log);
        if (answer.isEmpty()) {
            return log.size() == poll.log().size() ? poll : new Poll(poll.state(), log, poll.outcome());
        }
        if (REROUTE.equals(answer.get())) {
            Poll continued = follower.continueDeployment(poll.state(), now);
            log.addAll(continued.log());
            return new Poll(continued.state(), log, null);
        }
        log.add("Stopping deployment " + deploymentId + " with rollback (" + follower.stop(deploymentId, true) + ")");
        return new Poll(poll.state(), log, null);
    }

    static String questionId(String deploymentId) {
        return "ready-" + deploymentId;
    }

    /**
     * While {@code waiting}, asks once on the build page and hands out the answer once given; when no longer
     * waiting, closes the question. Adds what a person must know to {@code log}.
     */
    static Optional<String> answer(Run<?, ?> run, String deploymentId, boolean waiting, List<String> log)
            throws IOException {
        String id = questionId(deploymentId);
        Optional<ApprovalAction> asked = ApprovalAction.find(run, id);
        if (!waiting) {
            if (asked.isPresent()) {
                asked.get().close();
            }
            return Optional.empty();
        }
        if (asked.isEmpty()) {
            log.add("Answer on the build page whether to reroute traffic: " + run.getUrl());
        }
        ApprovalAction approval = ApprovalAction.ask(
                run,
                id,
                "Deployment " + deploymentId + " is Ready: reroute traffic to the new targets?",
                List.of(REROUTE, STOP));
        Optional<String> answer = approval.takeDecision();
        answer.ifPresent(choice -> log.add(choice + ", as " + approval.getDecidedBy() + " chose"));
        return answer;
    }
}
