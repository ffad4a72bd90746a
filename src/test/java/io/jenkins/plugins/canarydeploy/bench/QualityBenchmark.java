package io.jenkins.plugins.canarydeploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * bench/run quality [COBERTURA_MEGABYTES [PYLINT_MEGABYTES]]: parses a large generated Cobertura report (default
 * 80 MB) against a bare StAX scan of the same file, then a large generated pylint log (default 50 MB), and prints
 * parse speeds, peak heaps and, last, parse-vs-floor for Cobertura (goal: at most 3).
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

            long pylintMegabytes = args.length > 1 ? Long.parseLong(args[1]) : 50;
            System.out.println(LintParseBenchmark.run(pylintMegabytes).lines());

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
