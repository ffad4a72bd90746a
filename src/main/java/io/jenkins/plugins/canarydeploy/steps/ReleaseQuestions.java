package io.jenkins.plugins.canarydeploy.steps;

import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.actions.ApprovalAction;
import io.jenkins.plugins.canarydeploy.actions.CanaryWatchAction;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import io.jenkins.plugins.canarydeploy.canary.release.CanaryRelease;
import io.jenkins.plugins.canarydeploy.canary.release.ReleaseDecision;
import io.jenkins.plugins.canarydeploy.canary.release.ReleasePoll;
import io.jenkins.plugins.canarydeploy.canary.release.ReleaseState;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One poll of a canary release with the questions it asks on the build page: whether to reroute traffic of a Ready
 * blue/green deployment, and whether to promote or roll back after a watch without data.
 */
final class ReleaseQuestions {
    static final String PROMOTE = "Promote to production";
    static final String ROLL_BACK = "Roll the canary back";

    /** How soon an unanswered question is looked at again. */
    private static final Duration RECHECK = Duration.ofSeconds(15);

    private final Run<?, ?> run;

    ReleaseQuestions(Run<?, ?> run) {
        this.run = run;
    }

    ReleasePoll poll(CanaryRelease release, ReleaseState current, Instant now) throws IOException {
        List<String> log = new ArrayList<>();
        ReleasePoll poll;
        if (current.awaitingDecision()) {
            Optional<ReleaseDecision> decision = noDataAnswer(current, log);
            if (decision.isEmpty()) {
                return new ReleasePoll(current, log, RECHECK);
            }
            poll = release.resume(current, decision.get(), now);
        } else {
            poll = release.poll(current, now);
        }
        log.addAll(poll.log());
        FollowState follow = poll.state().follow();
        if (follow != null) {
            Optional<String> answer = ReadyApproval.answer(run, follow.deploymentId(), poll.waitingForApproval(), log);
            if (answer.filter(ReadyApproval.REROUTE::equals).isPresent()) {
                poll = release.continueDeployment(poll.state(), now);
                log.addAll(poll.log());
            } else if (answer.isPresent()) {
                log.addAll(release.stop(poll.state()));
            }
        }
        if (poll.awaitingDecision()) {
            ask(poll.state(), log);
            return new ReleasePoll(poll.state(), log, RECHECK);
        }
        return new ReleasePoll(poll.state(), log, poll.nextDelay());
    }

    private void ask(ReleaseState state, List<String> log) throws IOException {
        String id = questionId(state);
        if (ApprovalAction.find(run, id).isEmpty()) {
            ApprovalAction.ask(
                    run,
                    id,
                    "The canary watch had no data to judge the canary by: promote to production, or roll the canary"
                            + " back?",
                    List.of(PROMOTE, ROLL_BACK));
            log.add("Answer on the build page whether to promote or to roll the canary back: " + run.getUrl());
        }
    }

    private Optional<ReleaseDecision> noDataAnswer(ReleaseState state, List<String> log) throws IOException {
        Optional<ApprovalAction> asked = ApprovalAction.find(run, questionId(state));
        if (asked.isEmpty()) {
            ask(state, log);
            return Optional.empty();
        }
        Optional<String> answer = asked.get().takeDecision();
        answer.ifPresent(choice -> log.add(choice + ", as " + asked.get().getDecidedBy() + " chose"));
        return answer.map(choice -> PROMOTE.equals(choice) ? ReleaseDecision.PROMOTE : ReleaseDecision.ROLL_BACK);
    }

    /** Closes what the release may still be asking: the build is aborted. */
    void closeAll(ReleaseState state) throws IOException {
        ApprovalAction.close(run, questionId(state));
        FollowState follow = state.follow();
        if (follow != null) {
            ApprovalAction.close(run, ReadyApproval.questionId(follow.deploymentId()));
        }
        WatchState watch = state.watch();
        if (watch != null) {
            CanaryWatchAction.find(run, watch).ifPresent(action -> action.ended("the build was aborted"));
        }
    }

    private static String questionId(ReleaseState state) {
        return "release-no-data-" + state.canaryDeploymentId();
    }
}
