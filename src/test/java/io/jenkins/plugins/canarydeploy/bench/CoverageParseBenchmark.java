package io.jenkins.plugins.canarydeploy.bench;

import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageFormat;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageMetric;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageRecorder;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResult;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The coverage part of bench/run quality: records a large generated Cobertura report the way the step does (find,
 * parse with the plugin's Cobertura reader, condense into a result), and scans the same file with a bare StAX reader
 * (the floor: reading the XML and nothing else). Runs alternate, in one process, and the medians are compared.
 */
final class CoverageParseBenchmark {
    private static final int RUNS = 5;

    private CoverageParseBenchmark() {}

    /** What the coverage part measured. */
    record Figures(double megabytes, double parseSeconds, double floorSeconds, long peakHeapMegabytes) {
        double megabytesPerSecond() {
            return megabytes / parseSeconds;
        }

        double parseVsFloor() {
            return parseSeconds / floorSeconds;
        }
    }

    static Figures run(Path work, long megabytes) throws Exception {
        Path workspace = Files.createDirectories(work.resolve("coverage-workspace"));
        Path report = workspace.resolve("coverage.xml");
        double size = CoberturaGenerator.generate(report, megabytes << 20, 42) / 1048576.0;
        CoverageSettings settings = new CoverageSettings("coverage.xml", CoverageFormat.COBERTURA, 4096, false);
        print("cobertura-megabytes", size);
        print("stax-implementation", XMLInputFactory.newInstance().getClass().getName());

        CoverageResult result = CoverageRecorder.record(workspace, settings); // warm-up, also for the figures below
        scan(report);
        print("cobertura-files", result.getFiles().size());
        print(
                "cobertura-line-coverage",
                result.total(CoverageMetric.LINE).orElseThrow().getPercentageText());

        List<Double> parse = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        long peak = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            scan(report);
            floor.add(seconds(start));
            try (HeapSampler heap = new HeapSampler()) {
                start = System.nanoTime();
                CoverageRecorder.record(workspace, settings);
                parse.add(seconds(start));
                peak = Math.max(peak, heap.peakMegabytes());
            }
        }
        Figures figures = new Figures(size, median(parse), median(floor), peak);
        print("floor-seconds", figures.floorSeconds());
        print("cobertura-parse-seconds", figures.parseSeconds());
        return figures;
    }

    /** Reads every event of the file with a plain StAX stream reader, DTDs off as in coverage-model. */
    static long scan(Path report) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long events = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(report), StandardCharsets.UTF_8), 1 << 16)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                reader.next();
                events++;
            }
            reader.close();
        }
        return events;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void print(String key, Object value) {
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value);
        System.out.println(key + ": " + text);
    }
}
