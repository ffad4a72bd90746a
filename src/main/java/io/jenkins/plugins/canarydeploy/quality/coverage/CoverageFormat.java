package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.registry.ParserRegistry.CoverageParserType;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats coverage-model reads, one for each of its parsers, with the names users give them. */
public enum CoverageFormat {
    COBERTURA(CoverageParserType.COBERTURA, "Cobertura", true),
    JACOCO(CoverageParserType.JACOCO, "JaCoCo", true),
    LCOV(CoverageParserType.LCOV, "LCOV", false),
    OPENCOVER(CoverageParserType.OPENCOVER, "OpenCover", true),
    GO_COV(CoverageParserType.GO_COV, "Go coverage profile", false),
    CLOVER(CoverageParserType.CLOVER, "Clover", true),
    PIT(CoverageParserType.PIT, "PIT mutation testing", true),
    VECTORCAST(CoverageParserType.VECTORCAST, "VectorCAST", true),
    METRICS(CoverageParserType.METRICS, "Software metrics", true),
    JUNIT(CoverageParserType.JUNIT, "JUnit test results", true),
    NUNIT(CoverageParserType.NUNIT, "NUnit test results", true),
    XUNIT(CoverageParserType.XUNIT, "xUnit.net test results", true);

    private final CoverageParserType parserType;
    private final String displayName;
    private final boolean xml;

    CoverageFormat(CoverageParserType parserType, String displayName, boolean xml) {
        this.parserType = parserType;
        this.displayName = displayName;
        this.xml = xml;
    }

    public CoverageParserType parserType() {
        return parserType;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether reports of this format are XML (and so read by coverage-model's secure XML parser). */
    public boolean isXml() {
        return xml;
    }

    /** The format a user named, in any case, with '-' or '_' ("go-cov"), or "go" and "pitest" for short. */
    public static Optional<CoverageFormat> fromText(@CheckForNull String text) {
        String value = Texts.strip(text).toUpperCase(Locale.ROOT).replace('-', '_');
        if (value.equals("GO") || value.equals("GOCOV")) {
            return Optional.of(GO_COV);
        }
        if (value.equals("PITEST")) {
            return Optional.of(PIT);
        }
        return Arrays.stream(values()).filter(f -> f.name().equals(value)).findFirst();
    }

    /** What is wrong with the format field, naming the choices; empty when it is fine. */
    public static Optional<String> check(@CheckForNull String text) {
        if (fromText(text).isPresent()) {
            return Optional.empty();
        }
        String choices = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        if (Texts.isBlank(text)) {
            return Optional.of("Choose the format of the reports: " + choices + ".");
        }
        return Optional.of("'" + Texts.strip(text) + "' is not a coverage report format: use one of " + choices + ".");
    }
}
