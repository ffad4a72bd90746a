package io.jenkins.plugins.canarydeploy.bench;

import io.jenkins.plugins.canarydeploy.quality.lint.LintRecorder;
import io.jenkins.plugins.canarydeploy.quality.lint.LintResult;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSettings;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * bench/run quality (lint part) [MEGABYTES]: generates a large pylint log (default 50 MB) in a temporary workspace
 * and records it as recordCanaryLint does on the agent (find, parse with analysis-model, fingerprint, count, keep the
 * table), after a small warm-up. Prints the parse speed and the peak heap sampled meanwhile.
 */
public final class LintParseBenchmark {
    private LintParseBenchmark() {}

    /** What one run measured. */
    public record Figures(double reportMegabytes, int issues, double seconds, long peakHeapMegabytes) {
        public double megabytesPerSecond() {
            return reportMegabytes / seconds;
        }

        /** The figures as "key: value" lines, as benchmarks print them. */
        public String lines() {
            return String.format(
                    Locale.ROOT,
                    "lint-report-mb: %.2f%nlint-issues: %d%nlint-parse-seconds: %.2f%n"
                            + "lint-parse-mb-per-second: %.2f%nlint-peak-heap-mb: %d",
                    reportMegabytes,
                    issues,
                    seconds,
                    megabytesPerSecond(),
                    peakHeapMegabytes);
        }
    }

    public static void main(String[] args) throws Exception {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 50;
        System.out.println(run(megabytes).lines());
    }

    /** Generates a pylint log of about {@code megabytes} MB, records it once to warm up and once measured. */
    public static Figures run(long megabytes) throws IOException, InterruptedException {
        Path workspace = Files.createTempDirectory("lint-bench");
        try {
            Path warmUp = Files.createDirectories(workspace.resolve("warm-up"));
            PylintLog.write(warmUp.resolve("pylint.log"), 4L << 20, 1);
            record(warmUp);

            Path measured = Files.createDirectories(workspace.resolve("measured"));
            Path log = measured.resolve("pylint.log");
            int issues = PylintLog.write(log, megabytes << 20, 42);
            double reportMegabytes = Files.size(log) / (1024.0 * 1024.0);
            long start = System.nanoTime();
            try (HeapSampler heap = new HeapSampler()) {
                LintResult result = record(measured);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (result.getTotal() != issues || result.hasErrors()) {
                    throw new IllegalStateException(
                            "Expected " + issues + " issues, got " + result.getTotal() + " " + result.getErrors());
                }
                return new Figures(reportMegabytes, issues, seconds, heap.peakMegabytes());
            }
        } finally {
            delete(workspace);
        }
    }

    private static LintResult record(Path workspace) throws IOException {
        return new LintRecorder(LintSettings.of(new LintTool("pylint", "pylint.log"))).record(workspace);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
