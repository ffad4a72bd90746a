package io.jenkins.plugins.canarydeploy.bench;

import io.jenkins.plugins.canarydeploy.bench.TimerDrivenWatch.PollTime;
import io.jenkins.plugins.canarydeploy.canary.AlertmanagerSource;
import io.jenkins.plugins.canarydeploy.canary.CanaryVerdict;
import io.jenkins.plugins.canarydeploy.canary.CanaryWatch;
import io.jenkins.plugins.canarydeploy.canary.CheckOutcome;
import io.jenkins.plugins.canarydeploy.canary.CheckRecord;
import io.jenkins.plugins.canarydeploy.canary.FiringAlert;
import io.jenkins.plugins.canarydeploy.canary.WatchFields;
import io.jenkins.plugins.canarydeploy.canary.WatchSettings;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.Alert;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.Alertmanager;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.AlertmanagerProcess;
import io.jenkins.plugins.canarydeploy.fixtures.alertmanager.LabelMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * bench/run canary [RUNS] [SEED]: how long a canary alert takes to mark the build, with a real Alertmanager on
 * loopback and the watch polling every 5 s from a timer as the step's execution does, on the real clock. Each run
 * (default 8) starts a fresh watch with a silenced canary alert already present (it must not fail the watch),
 * then posts a firing one at a random phase of the poll interval (one phase per stratum of the interval, in random
 * order) and measures from the POST to the poll that decides FAIL. The goal bounds the worst run.
 */
public final class CanaryBenchmark {
    private static final String WATCH_MATCHERS = "deployment_group=\"canary\"";
    private static final String POLL_INTERVAL = "5s";
    private static final Duration GOAL = Duration.ofSeconds(6);
    private static final long WAIT_SECONDS = 30;

    private final Alertmanager alertmanager;
    private final WatchSettings settings;
    private final ScheduledExecutorService timer;
    private final ScheduledExecutorService sender;
    private final List<Double> pollMillis = new ArrayList<>();

    /** What one run measured. */
    private record Run(double lagSeconds, double phaseSeconds, double postMillis, boolean visibleAtOnce) {}

    /** When the POST began and ended ({@link System#nanoTime()}), and whether a GET right after it listed the alert. */
    private record Posted(long began, long ended, boolean listed) {}

    private CanaryBenchmark(
            Alertmanager alertmanager, ScheduledExecutorService timer, ScheduledExecutorService sender) {
        this.alertmanager = alertmanager;
        this.settings = new WatchFields("3m", POLL_INTERVAL, "0s", 1, "pass").toSettings("canary benchmark");
        this.timer = timer;
        this.sender = sender;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        System.err.println("canary benchmark: " + runs + " runs, seed " + seed);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("watch-timer"));
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(daemon("alert-sender"));
        try (AlertmanagerProcess process = AlertmanagerProcess.start()) {
            new CanaryBenchmark(process.handle(), timer, sender).runAll(runs, new Random(seed));
        } finally {
            timer.shutdownNow();
            sender.shutdownNow();
        }
    }

    private void runAll(int runs, Random random) throws Exception {
        warmUp();
        double interval = settings.pollInterval().toMillis() / 1000.0;
        List<Integer> strata = new ArrayList<>(IntStream.range(0, runs).boxed().toList());
        Collections.shuffle(strata, random);
        List<Run> results = new ArrayList<>();
        for (int k = 1; k <= runs; k++) {
            double phase = (strata.get(k - 1) + random.nextDouble()) / runs * interval;
            Run run = run(k, phase);
            results.add(run);
            print("alert-to-unstable-seconds-run-" + k, run.lagSeconds());
            System.err.printf(
                    Locale.ROOT,
                    "run %d: alert posted %.2f s after a check began (POST %.1f ms, listed at once: %s),"
                            + " FAIL %.2f s later%n",
                    k,
                    run.phaseSeconds(),
                    run.postMillis(),
                    run.visibleAtOnce(),
                    run.lagSeconds());
        }
        List<Double> lags = results.stream().map(Run::lagSeconds).sorted().toList();
        print("runs", runs);
        print("silenced-alert-ignored", runs + "/" + runs); // checkDecision stops the benchmark otherwise
        print(
                "alert-listed-right-after-post",
                results.stream().filter(Run::visibleAtOnce).count() + "/" + runs);
        print(
                "post-request-ms-median",
                median(results.stream().map(Run::postMillis).toList()));
        print("poll-ms-median", median(pollMillis));
        print("poll-ms-max", Collections.max(pollMillis));
        print("alert-to-unstable-seconds-min", lags.get(0));
        print("alert-to-unstable-seconds-median", median(lags));
        print("alert-to-unstable-seconds", lags.get(lags.size() - 1));
        print("poll-interval-seconds", settings.pollInterval().toSeconds());
        print("goal-seconds", GOAL.toSeconds());
    }

    /** One run: a fresh watch, a silenced alert before it starts, a firing alert at {@code phase} after a check. */
    private Run run(int k, double phase) throws Exception {
        alertmanager.reset();
        Map<String, String> silenced = canaryAlert(k + "-silenced");
        alertmanager.silence(List.of(LabelMatcher.equalTo("run", silenced.get("run"))), Duration.ofMinutes(10));
        alertmanager.postAlert(Alert.withLabels(silenced));
        Map<String, String> firing = canaryAlert(String.valueOf(k));

        TimerDrivenWatch driven = TimerDrivenWatch.start(watch(), timer);
        try {
            long firstCheck = driven.firstCheck().get(WAIT_SECONDS, TimeUnit.SECONDS);
            long postAt = firstCheck + (long) (phase * 1e9);
            ScheduledFuture<Posted> posted =
                    sender.schedule(() -> post(firing), postAt - System.nanoTime(), TimeUnit.NANOSECONDS);
            TimerDrivenWatch.Decided decided = driven.decided().get(WAIT_SECONDS, TimeUnit.SECONDS);
            checkDecision(k, decided, firing);
            Posted post = posted.get(WAIT_SECONDS, TimeUnit.SECONDS);
            pollMillis.addAll(driven.polls().stream().map(PollTime::millis).toList());
            return new Run(
                    (decided.atNanos() - post.began()) / 1e9,
                    (post.began() - lastPollBefore(driven.polls(), post.began())) / 1e9,
                    (post.ended() - post.began()) / 1e6,
                    post.listed());
        } finally {
            driven.stop();
        }
    }

    private static long lastPollBefore(List<PollTime> polls, long nanos) {
        return polls.stream()
                .mapToLong(PollTime::began)
                .filter(began -> began <= nanos)
                .max()
                .orElseThrow();
    }

    private Posted post(Map<String, String> labels) {
        long began = System.nanoTime();
        alertmanager.postAlert(Alert.withLabels(labels));
        long ended = System.nanoTime();
        boolean listed = !alertmanager
                .activeAlerts(LabelMatcher.equalTo("run", labels.get("run")))
                .isEmpty();
        return new Posted(began, ended, listed);
    }

    /**
     * FAIL on the posted alert alone, after at least one clean check while the silenced alert was present; a watch
     * that decided before the alert was posted fails here too.
     */
    private static void checkDecision(int k, TimerDrivenWatch.Decided decided, Map<String, String> firing) {
        if (decided.decision().verdict() != CanaryVerdict.FAIL) {
            throw new IllegalStateException("run " + k + ": expected FAIL, got " + decided.decision());
        }
        List<Map<String, String>> alerts =
                decided.decision().alerts().stream().map(FiringAlert::labels).toList();
        if (!alerts.equals(List.of(firing))) {
            throw new IllegalStateException("run " + k + ": expected only " + firing + " to fire, got " + alerts);
        }
        List<CheckRecord> timeline = decided.state().timeline();
        boolean cleanBefore = timeline.size() >= 2
                && timeline.subList(0, timeline.size() - 1).stream()
                        .allMatch(check -> check.outcome() == CheckOutcome.CLEAR);
        if (!cleanBefore) {
            throw new IllegalStateException("run " + k + ": the silenced alert was not ignored: " + timeline);
        }
    }

    /** Warms up the JIT and the Alertmanager: a watch check, a post and a reset, none of them measured. */
    private void warmUp() {
        AlertmanagerSource source = source();
        for (int i = 0; i < 20; i++) {
            alertmanager.postAlert(Alert.withLabels(canaryAlert("warm-up-" + i)));
            source.check(Instant.now());
        }
        alertmanager.reset();
    }

    private CanaryWatch watch() {
        return new CanaryWatch(List.of(source()), settings);
    }

    private AlertmanagerSource source() {
        return new AlertmanagerSource(alertmanager.baseUri(), WATCH_MATCHERS, null);
    }

    private static Map<String, String> canaryAlert(String run) {
        return Map.of("alertname", "HighErrorRate", "deployment_group", "canary", "run", run);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void print(String key, Object value) {
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value);
        System.out.println(key + ": " + text);
    }
}
