package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.CoverageParser;
import edu.hm.hafner.coverage.CoverageParser.ProcessingMode;
import edu.hm.hafner.coverage.FileNode;
import edu.hm.hafner.coverage.MethodNode;
import edu.hm.hafner.coverage.ModuleNode;
import edu.hm.hafner.coverage.Node;
import edu.hm.hafner.coverage.Value;
import edu.hm.hafner.coverage.registry.ParserRegistry;
import edu.hm.hafner.util.FilteredLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The way Cobertura reports were recorded before the fast reader, as the reference for it: coverage-model's
 * CoberturaParser, Node.merge for several reports, ResultBuilder. Also writes trees and results as text in which the
 * random ids coverage-model gives blank names are masked, so that two readings of one such report compare.
 */
final class CoverageModelPath {
    private static final Pattern RANDOM_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CoverageModelPath() {}

    static ModuleNode parse(String xml) {
        return parse(new StringReader(xml));
    }

    static ModuleNode parse(Path report) {
        try (BufferedReader reader = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModuleNode parse(Reader reader) {
        CoverageParser parser =
                new ParserRegistry().get(CoverageFormat.COBERTURA.parserType(), ProcessingMode.FAIL_FAST);
        return parser.parse(reader, "report.xml", new FilteredLog("Errors"));
    }

    /** The result the recorder made before from one tree, or from several merged into one. */
    static CoverageResult result(Node root, List<String> names) {
        CoverageResult.Builder result = CoverageResult.builder(CoverageFormat.COBERTURA);
        names.forEach(result::report);
        ResultBuilder.fill(root, result);
        return result.build();
    }

    static CoverageResult result(ModuleNode tree) {
        return result(tree, List.of());
    }

    /** Whether coverage-model gave a blank name a random id somewhere in this tree. */
    static boolean hasRandomIds(Node root) {
        return RANDOM_ID.matcher(text(root)).find();
    }

    /** Totals, other values and rows, one per line, with random ids masked; rows sorted after masking. */
    static String masked(CoverageResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("totals " + result.getTotals());
        lines.add("other " + result.getOtherValues());
        lines.addAll(maskedRows("package", result.getPackages()));
        lines.addAll(maskedRows("file", result.getFiles()));
        return String.join("\n", lines);
    }

    private static List<String> maskedRows(String kind, List<CoverageRow> rows) {
        return rows.stream()
                .map(row ->
                        mask(kind + " " + row.getName() + " in '" + row.getPackageName() + "' " + row.getCounters()))
                .sorted()
                .toList();
    }

    /** Messages with random ids masked. */
    static List<String> masked(List<String> messages) {
        return messages.stream().map(CoverageModelPath::mask).toList();
    }

    /** The tree in document order: names, values, file paths and line counters, method signatures, sources. */
    static String masked(Node root) {
        return mask(text(root));
    }

    private static String text(Node root) {
        StringBuilder text = new StringBuilder();
        write(root, 0, text);
        return text.toString();
    }

    private static void write(Node node, int depth, StringBuilder text) {
        text.append("  ".repeat(depth))
                .append(node.getMetric())
                .append(" '")
                .append(node.getName())
                .append('\'');
        if (node instanceof ModuleNode module) {
            text.append(" sources=").append(new TreeSet<>(module.getSourceFolders()));
        }
        if (node instanceof FileNode file) {
            text.append(" path='")
                    .append(file.getRelativePath())
                    .append("' lines=")
                    .append(file.getLinesWithCoverage())
                    .append(" covered=")
                    .append(Arrays.toString(file.getCoveredCounters()))
                    .append(" missed=")
                    .append(Arrays.toString(file.getMissedCounters()));
        }
        if (node instanceof MethodNode method) {
            text.append(" signature='").append(method.getSignature()).append('\'');
        }
        text.append(' ')
                .append(node.getValues().stream().map(Value::serialize).collect(Collectors.joining(", ", "[", "]")))
                .append('\n');
        node.getChildren().forEach(child -> write(child, depth + 1, text));
    }

    private static String mask(String text) {
        return RANDOM_ID.matcher(text).replaceAll("<random id>");
    }
}
