package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import edu.hm.hafner.coverage.ModuleNode;
import edu.hm.hafner.coverage.Node;
import io.jenkins.plugins.canarydeploy.quality.QualityReportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording Cobertura reports gives what it gave before the fast reader (coverage-model's parser, merge and
 * ResultBuilder): the same result for one report or several merged, and the same message for a bad one.
 */
class CoberturaRecordingTest {
    @TempDir
    Path workspace;

    @Test
    void shouldRecordEverySampleAndGeneratedReportAsBefore() throws IOException, URISyntaxException {
        for (Path sample : CoberturaReaderTest.coberturaSamples()) {
            assertRecordedAsBefore(List.of(Files.readString(sample, StandardCharsets.UTF_8)));
        }
        for (long seed = 0; seed < 200; seed++) {
            assertRecordedAsBefore(List.of(RandomCobertura.of(seed).xml()));
        }
    }

    @Test
    void shouldMergeSeveralReportsAsBefore() throws IOException {
        assertRecordedAsBefore(samples("cobertura-add.xml", "cobertura-remove.xml"));
        assertRecordedAsBefore(samples("cobertura/cobertura-merge-a.xml", "cobertura/cobertura-merge-b.xml"));
        assertRecordedAsBefore(samples("cobertura/merge-a.xml", "cobertura/merge-b.xml"));
        assertRecordedAsBefore(samples("cobertura/merge-duplicate-a.xml", "cobertura/merge-duplicate-b.xml"));
        assertRecordedAsBefore(samples("cobertura-add.xml", "cobertura/cobertura.xml", "cobertura/cobertura-js.xml"));
        for (long seed = 0; seed < 100; seed++) {
            assertRecordedAsBefore(List.of(
                    RandomCobertura.of(seed).xml(),
                    RandomCobertura.of(seed + 1000).xml()));
        }
    }

    @Test
    void shouldNameABadReportAsBeforeWhereverItBreaks() throws IOException {
        String report = samples("cobertura-add.xml").get(0);
        for (int end = 0; end < report.length(); end += 37) {
            assertRecordedAsBefore(List.of(report.substring(0, end) + "\n"));
        }
        assertRecordedAsBefore(List.of(report.replace("hits=\"0\"", "")));
        assertRecordedAsBefore(List.of(report.replace("filename=", "file=")));
        assertRecordedAsBefore(List.of(report.replace("&", "&amp;").replace("\"1\"", "\"&undeclared;\"")));
    }

    /** Writes the reports into a fresh workspace, records them, and compares with coverage-model's way. */
    private void assertRecordedAsBefore(List<String> reports) throws IOException {
        Path folder = Files.createTempDirectory(workspace, "run");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            names.add("report-" + i + ".xml");
            Files.writeString(folder.resolve(names.get(i)), reports.get(i), StandardCharsets.UTF_8);
        }
        Outcome before = before(folder, names);
        Outcome now;
        try {
            now = new Outcome(
                    Optional.of(
                            CoverageRecorder.record(folder, CoverageSettings.of("*.xml", CoverageFormat.COBERTURA))),
                    List.of());
        } catch (QualityReportException e) {
            now = new Outcome(Optional.empty(), e.getProblems());
        }

        assertThat(CoverageModelPath.masked(now.problems()))
                .as(String.join("\n----\n", reports))
                .isEqualTo(CoverageModelPath.masked(before.problems()));
        assertThat(now.result().map(CoverageModelPath::masked))
                .as(String.join("\n----\n", reports))
                .isEqualTo(before.result().map(CoverageModelPath::masked));
    }

    /** What recording did before: coverage-model's parser, merge and ResultBuilder, with the same messages. */
    private static Outcome before(Path folder, List<String> names) {
        List<ModuleNode> trees = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            Path report = folder.resolve(name);
            try {
                trees.add(CoverageModelPath.parse(report));
            } catch (RuntimeException e) {
                problems.add(ParseFailures.describe(e, name, CoverageFormat.COBERTURA, ReportSniffer.guess(report)));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        Node root;
        try {
            root = trees.size() == 1 ? trees.get(0) : Node.merge(trees);
        } catch (RuntimeException e) {
            return new Outcome(
                    Optional.empty(),
                    List.of("Cannot merge the reports " + String.join(", ", names) + ": "
                            + ParseFailures.firstLine(e.getMessage()) + ". Reports that disagree about the same file"
                            + " (for example from different versions of the code) cannot be merged: record them in"
                            + " separate steps, or narrow the pattern."));
        }
        return new Outcome(Optional.of(CoverageModelPath.result(root, names)), List.of());
    }

    private static List<String> samples(String... names) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = Objects.requireNonNull(Samples.class.getResourceAsStream(name), name)) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    private record Outcome(Optional<CoverageResult> result, List<String> problems) {}
}
