package io.jenkins.plugins.canarydeploy.bench;

import io.jenkins.plugins.canarydeploy.deploy.DeploymentFollower;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOutcome;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentStarter;
import io.jenkins.plugins.canarydeploy.deploy.FollowState;
import io.jenkins.plugins.canarydeploy.deploy.Poll;
import io.jenkins.plugins.canarydeploy.deploy.PollSchedule;
import io.jenkins.plugins.canarydeploy.deploy.ReadyPolicy;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedClock;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/**
 * bench/run deploy [MINUTES] [TARGETS]: follows one scripted deployment (default 30 minutes, 6 targets of 7
 * lifecycle events each, one target at a time) in the AWS simulator on a simulated clock, driving the follower
 * exactly as the codeDeploy step's timer does: wait each returned delay, then poll. Counts every API call of the
 * follow phase and the clock time between the scripted end and the poll that reports it. Then does the same with
 * a fleet of {@value #LARGE_FLEET} targets and prints its figures with the suffix {@code -60-targets}.
 */
public final class DeployBenchmark {
    private static final String APPLICATION = "BucketList";
    private static final String GROUP = "ProdDeploy";
    private static final int LARGE_FLEET = 60;

    private DeployBenchmark() {}

    public static void main(String[] args) {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int targets = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        run(Duration.ofMinutes(minutes), targets, "");
        run(Duration.ofMinutes(minutes), LARGE_FLEET, "-" + LARGE_FLEET + "-targets");
    }

    private static void run(Duration scripted, int targets, String suffix) {
        SimulatedClock clock = new SimulatedClock();
        try (AwsSimulator aws = AwsSimulator.start(clock)) {
            aws.codeDeploy()
                    .group(APPLICATION, GROUP)
                    .targets(IntStream.rangeClosed(1, targets)
                            .mapToObj(i -> "i-web" + i)
                            .toArray(String[]::new))
                    .nextDeployment()
                    .succeedsAt(scripted);
            follow(aws, clock, aws.codeDeployClient(), scripted, suffix);
        }
    }

    private static void follow(
            AwsSimulator aws, SimulatedClock clock, CodeDeployClient client, Duration scripted, String suffix) {
        Instant created = clock.instant();
        String id = new DeploymentStarter(client)
                .start(new DeploymentRequest(
                        APPLICATION,
                        GROUP,
                        new S3Revision("bench", "bucketlist/build-7.tgz", "tgz", null, null),
                        null,
                        "deploy benchmark"));
        aws.clearRequests();
        PollSchedule schedule = PollSchedule.DEFAULT;
        DeploymentFollower follower = new DeploymentFollower(client, schedule);
        FollowState state =
                FollowState.started(id, GROUP, created, scripted.multipliedBy(2), schedule, ReadyPolicy.CONTINUE);
        int polls = 0;
        int logLines = 0;
        DeploymentOutcome outcome = null;
        while (outcome == null) {
            clock.advance(state.delay());
            Poll poll = follower.poll(state, clock.instant());
            polls++;
            logLines += poll.log().size();
            outcome = poll.finished().orElse(null);
            state = poll.state();
        }
        Instant reported = clock.instant();
        double followMinutes = Duration.between(created, reported).toMillis() / 60_000.0;
        int calls = aws.requests().size();
        Printer out = new Printer(suffix);
        out.print("deploy-scripted-minutes", scripted.toMinutes());
        out.print("deploy-targets", outcome.targets().size());
        out.print("deploy-verdict", outcome.verdict());
        out.print("deploy-polls", polls);
        out.print("deploy-log-lines", logLines);
        out.print("deploy-get-deployment-calls", aws.requests("GetDeployment").size());
        out.print(
                "deploy-list-targets-calls",
                aws.requests("ListDeploymentTargets").size());
        out.print(
                "deploy-batch-get-targets-calls",
                aws.requests("BatchGetDeploymentTargets").size());
        out.print("deploy-api-calls", calls);
        out.print("deploy-api-calls-per-minute", String.format(Locale.ROOT, "%.2f", calls / followMinutes));
        out.print(
                "detect-lag-seconds",
                Duration.between(created.plus(scripted), reported).toSeconds());
        out.print("poll-ceiling-seconds", schedule.ceiling().toSeconds());
    }

    /** Prints "key: value" lines, each key with the scenario's suffix. */
    private record Printer(String suffix) {
        void print(String key, Object value) {
            System.out.println(key + suffix + ": " + value);
        }
    }
}
