package io.jenkins.plugins.canarydeploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * bench/run quality [COBERTURA_MEGABYTES]: parses a large generated Cobertura report (default 80 MB) against a
 * bare StAX scan of the same file, and prints parse speed, peak heap and, last, parse-vs-floor (goal: at most 3).
 */
public final class QualityBenchmark {
    private QualityBenchmark() {}

    public static void main(String[] args) throws Exception {
        long coberturaMegabytes = args.length > 0 ? Long.parseLong(args[0]) : 80;
        Path work = Files.createTempDirectory("quality-bench");
        try {
            CoverageParseBenchmark.Figures coverage = CoverageParseBenchmark.run(work, coberturaMegabytes);
            CoverageParseBenchmark.print("parse-mb-per-second", coverage.megabytesPerSecond());
            CoverageParseBenchmark.print("peak-heap-mb", coverage.peakHeapMegabytes());

            // LINT: the pylint part goes here (a large generated pylint log parsed with analysis-model), printing
            // its own lines (e.g. pylint-parse-mb-per-second, pylint-peak-heap-mb) before the last line below.

            CoverageParseBenchmark.print("parse-vs-floor", coverage.parseVsFloor());
        } finally {
            delete(work);
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
