package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a report's format from its first few kilobytes, so that a report given with the wrong format gets a
 * message naming the right one. Only a hint: the chosen parser decides.
 */
final class ReportSniffer {
    private static final int HEAD_BYTES = 8192;
    private static final Pattern ROOT_ELEMENT =
            Pattern.compile("<(?![?!])([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)([^>]*)>", Pattern.DOTALL);
    private static final Pattern XML_NOISE = Pattern.compile("<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", Pattern.DOTALL);

    private ReportSniffer() {}

    static Optional<CoverageFormat> guess(Path report) {
        try (InputStream in = Files.newInputStream(report)) {
            return guess(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<CoverageFormat> guess(String head) {
        String text = head.replace("\uFEFF", "").strip();
        if (text.startsWith("<")) {
            return xml(XML_NOISE.matcher(text).replaceAll(""));
        }
        if (text.startsWith("mode:")) {
            return Optional.of(CoverageFormat.GO_COV);
        }
        if (text.startsWith("TN:") || text.startsWith("SF:")) {
            return Optional.of(CoverageFormat.LCOV);
        }
        return Optional.empty();
    }

    private static Optional<CoverageFormat> xml(String text) {
        Matcher root = ROOT_ELEMENT.matcher(text);
        if (!root.find()) {
            return Optional.empty();
        }
        String name = root.group(2);
        return switch (name) {
            case "coverage" ->
                Optional.of(
                        root.group(3).contains("clover=") || text.contains("<project")
                                ? CoverageFormat.CLOVER
                                : CoverageFormat.COBERTURA);
            case "report" -> Optional.of(CoverageFormat.JACOCO);
            case "CoverageSession" -> Optional.of(CoverageFormat.OPENCOVER);
            case "mutations" -> Optional.of(CoverageFormat.PIT);
            case "testsuites", "testsuite" -> Optional.of(CoverageFormat.JUNIT);
            case "test-run", "test-results" -> Optional.of(CoverageFormat.NUNIT);
            case "assemblies" -> Optional.of(CoverageFormat.XUNIT);
            default -> Optional.empty();
        };
    }
}
