package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.hm.hafner.coverage.ModuleNode;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast Cobertura reader against coverage-model's CoberturaParser, on every Cobertura sample and on hundreds of
 * generated reports, with the JDK's StAX implementation and with Woodstox: where coverage-model reads a report, the
 * reader builds an equal tree and the same result (random ids for blank names masked); where coverage-model refuses
 * one, the reader refuses it too.
 */
class CoberturaReaderTest {
    private static final int GENERATED_REPORTS = 600;
    private static final String FACTORY = "javax.xml.stream.XMLInputFactory";

    @CheckForNull
    private String previousFactory;

    @BeforeEach
    void rememberFactory() {
        previousFactory = System.getProperty(FACTORY);
    }

    @AfterEach
    void restoreFactory() {
        if (previousFactory == null) {
            System.clearProperty(FACTORY);
        } else {
            System.setProperty(FACTORY, previousFactory);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.sun.xml.internal.stream.XMLInputFactoryImpl", "com.ctc.wstx.stax.WstxInputFactory"})
    void shouldReadEveryCoberturaSampleLikeCoverageModel(String factory) throws IOException, URISyntaxException {
        System.setProperty(FACTORY, factory);
        List<Path> samples = coberturaSamples();
        List<String> refused = new ArrayList<>();
        for (Path sample : samples) {
            String name = sample.getFileName().toString();
            if (compare(name, Files.readString(sample, StandardCharsets.UTF_8), false) == 0) {
                refused.add(name);
            }
        }

        assertThat(samples).hasSizeGreaterThanOrEqualTo(27);
        assertThat(refused)
                .as("samples refused by both (duplicate names, no data)")
                .containsExactlyInAnyOrder(
                        "cobertura-cpp.xml",
                        "cobertura-duplicate-classes.xml",
                        "cobertura-duplicate-methods.xml",
                        "cobertura-js.xml",
                        "empty.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.sun.xml.internal.stream.XMLInputFactoryImpl", "com.ctc.wstx.stax.WstxInputFactory"})
    void shouldReadGeneratedReportsLikeCoverageModel(String factory) {
        System.setProperty(FACTORY, factory);
        int read = 0;
        for (long seed = 0; seed < GENERATED_REPORTS; seed++) {
            RandomCobertura.Report report = RandomCobertura.of(seed);
            read += compare("generated report " + seed, report.xml(), report.quirky());
        }

        assertThat(read).as("generated reports both read").isBetween(GENERATED_REPORTS / 2, GENERATED_REPORTS * 7 / 8);
    }

    @Test
    void shouldCountDuplicateLinesOfOneFileOncePerClassLikeCoverageModel() throws XMLStreamException {
        String report = """
                <coverage><packages><package name="p"><classes>
                  <class name="A" filename="p/AB.java"><methods>
                    <method name="a" signature="()V"><lines><line number="1" hits="0"/><line number="2" hits="0"/>
                    </lines></method></methods>
                    <lines><line number="1" hits="0"/><line number="1" hits="3"/><line number="2" hits="0"/>
                      <line number="3" hits="1" branch="true" condition-coverage="50% (1/2)"/>
                      <line number="3" hits="1" branch="true" condition-coverage="100% (2/2)"/></lines></class>
                  <class name="B" filename="p/AB.java"><lines><line number="1" hits="0"/><line number="4" hits="0"
                    branch="true"/></lines></class>
                </classes></package><package name="empty"><classes/></package></packages></coverage>
                """;

        assertThat(compare("duplicate lines", report, false)).isOne();
        CoverageResult result = result(CoberturaReader.read(new StringReader(report)));
        assertThat(result.getFiles()).singleElement().satisfies(file -> {
            assertThat(file.getName()).isEqualTo("p/AB.java");
            assertThat(file.counter(CoverageMetric.LINE)).hasValue(new CoverageCounter(CoverageMetric.LINE, 3, 2));
            assertThat(file.counter(CoverageMetric.BRANCH)).hasValue(new CoverageCounter(CoverageMetric.BRANCH, 4, 0));
            assertThat(file.counter(CoverageMetric.METHOD)).hasValue(new CoverageCounter(CoverageMetric.METHOD, 0, 1));
        });
        assertThat(result.getPackages()).extracting(CoverageRow::getName).containsExactly("empty", "p");
        assertThat(result.getPackages().get(0).getCounters()).isEmpty();
    }

    @Test
    void shouldLeaveQuirksAndBadReportsToCoverageModel() {
        String moreCoveredThanAll = """
                <coverage><packages><package name="p"><classes><class name="A" filename="A.java"><lines>
                <line number="1" hits="1" branch="true" condition-coverage="150% (3/2)"/></lines></class>
                </classes></package></packages></coverage>""";

        assertThatThrownBy(() -> CoberturaReader.read(new StringReader(moreCoveredThanAll)))
                .isInstanceOf(UnusualReportException.class);
        assertThatThrownBy(() -> CoberturaReader.read(new StringReader("<coverage><sources/></coverage>")))
                .isInstanceOf(UnusualReportException.class);
        assertThatThrownBy(() -> CoberturaReader.read(new StringReader("<coverage><packages>")))
                .isInstanceOf(XMLStreamException.class);
    }

    /** Compares both readings of one report; 1 when both read it, 0 when both refused it. */
    private static int compare(String name, String xml, boolean quirky) {
        Optional<ModuleNode> model = modelTree(xml);
        Optional<CoberturaReport> fast = fastReport(xml, model.isPresent() && !quirky, name);
        if (model.isEmpty()) {
            assertThat(fast)
                    .as("%s is refused by coverage-model and so by the fast reader", name)
                    .isEmpty();
            return 0;
        }
        if (fast.isEmpty()) {
            return 0; // a quirk, left to coverage-model
        }
        ModuleNode tree = model.get();
        CoberturaReport report = fast.get();
        CoverageResult expected = CoverageModelPath.result(tree);
        CoverageResult actual = result(report);
        if (CoverageModelPath.hasRandomIds(tree)) {
            assertThat(CoverageModelPath.masked(CoberturaTree.of(report)))
                    .as(name)
                    .isEqualTo(CoverageModelPath.masked(tree));
            assertThat(CoverageModelPath.masked(actual)).as(name).isEqualTo(CoverageModelPath.masked(expected));
        } else {
            assertThat(CoberturaTree.of(report)).as(name).isEqualTo(tree);
            assertThat(actual).as(name).isEqualTo(expected);
        }
        return 1;
    }

    private static Optional<ModuleNode> modelTree(String xml) {
        try {
            return Optional.of(CoverageModelPath.parse(xml));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<CoberturaReport> fastReport(String xml, boolean mustRead, String name) {
        try {
            return Optional.of(CoberturaReader.read(new StringReader(xml)));
        } catch (XMLStreamException | RuntimeException e) {
            if (mustRead) {
                throw new AssertionError(name + " is read by coverage-model but not by the fast reader", e);
            }
            return Optional.empty();
        }
    }

    private static CoverageResult result(CoberturaReport report) {
        CoverageResult.Builder result = CoverageResult.builder(CoverageFormat.COBERTURA);
        CoberturaRows.fill(report, result);
        return result.build();
    }

    /** Every sample that looks like a Cobertura report, beside {@link Samples} and in the folders below. */
    static List<Path> coberturaSamples() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(Samples.class.getResource("cobertura-add.xml"))
                        .toURI())
                .getParent();
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> ReportSniffer.guess(file).equals(Optional.of(CoverageFormat.COBERTURA)))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
