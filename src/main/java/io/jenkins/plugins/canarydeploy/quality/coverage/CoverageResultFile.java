package io.jenkins.plugins.canarydeploy.quality.coverage;

import io.jenkins.plugins.canarydeploy.quality.JsonTree;
import io.jenkins.plugins.canarydeploy.quality.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a {@link CoverageResult} in its own JSON file in the build folder (not in build.xml), and reads it back.
 * The file carries a schema number; a file of a newer schema, or a damaged one, fails with a message naming it.
 * Writing goes through a temporary file, so that a reader never sees half a result.
 */
public final class CoverageResultFile {
    /** The name of the file in the build folder. */
    public static final String FILE_NAME = "canary-coverage.json";

    static final int SCHEMA = 1;

    private CoverageResultFile() {}

    public static void write(CoverageResult result, Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            JsonWriter.write(toTree(result), out);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static CoverageResult read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return fromTree(JsonTree.parse(text));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IOException("Cannot read the coverage result '" + file + "': " + e.getMessage(), e);
        }
    }

    static Map<String, Object> toTree(CoverageResult result) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("schema", SCHEMA);
        tree.put("format", result.getFormat().name());
        tree.put("reports", result.getReports());
        tree.put("problems", result.getProblems());
        tree.put("totals", counters(result.getTotals()));
        tree.put("otherValues", new LinkedHashMap<>(result.getOtherValues()));
        tree.put("packages", rows(result.getPackages()));
        tree.put("files", rows(result.getFiles()));
        return tree;
    }

    private static List<Object> rows(List<CoverageRow> rows) {
        List<Object> list = new ArrayList<>(rows.size());
        for (CoverageRow row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", row.getName());
            if (!row.getPackageName().isEmpty()) {
                map.put("package", row.getPackageName());
            }
            map.put("counters", counters(row.getCounters()));
            list.add(map);
        }
        return list;
    }

    /** Counters as {"LINE": [covered, missed], ...}: compact, and still readable. */
    private static Map<String, Object> counters(List<CoverageCounter> counters) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (CoverageCounter counter : counters) {
            map.put(counter.getMetric().name(), List.of(counter.getCovered(), counter.getMissed()));
        }
        return map;
    }

    static CoverageResult fromTree(Object tree) {
        Map<String, Object> map = TreeReading.object(tree, "the file");
        long schema = TreeReading.number(map, "schema").longValue();
        if (schema > SCHEMA) {
            throw new IllegalArgumentException("it was written by a newer version of the plugin (schema " + schema
                    + ", this version reads up to " + SCHEMA + ")");
        }
        String formatName = TreeReading.string(map, "format");
        CoverageResult.Builder result = CoverageResult.builder(CoverageFormat.fromText(formatName)
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + formatName + "'")));
        TreeReading.strings(map, "reports").forEach(result::report);
        TreeReading.strings(map, "problems").forEach(result::problem);
        readCounters(map.get("totals")).forEach(result::total);
        TreeReading.object(map.get("otherValues"), "otherValues")
                .forEach((name, value) ->
                        result.otherValue(name, TreeReading.number(value, name).doubleValue()));
        for (Object row : TreeReading.list(map, "packages")) {
            result.packageRow(readRow(row));
        }
        for (Object row : TreeReading.list(map, "files")) {
            result.fileRow(readRow(row));
        }
        return result.build();
    }

    private static CoverageRow readRow(Object tree) {
        Map<String, Object> row = TreeReading.object(tree, "a row");
        Object packageName = row.getOrDefault("package", "");
        return new CoverageRow(
                TreeReading.string(row, "name"),
                TreeReading.text(packageName, "package"),
                readCounters(row.get("counters")));
    }

    private static List<CoverageCounter> readCounters(Object tree) {
        List<CoverageCounter> counters = new ArrayList<>();
        TreeReading.object(tree, "counters").forEach((name, pair) -> {
            List<Object> values = TreeReading.list(pair, name);
            if (values.size() != 2) {
                throw new IllegalArgumentException("counter " + name + " must be [covered, missed]");
            }
            CoverageMetric.fromName(name)
                    .ifPresent(metric -> counters.add(new CoverageCounter(
                            metric,
                            Math.toIntExact(
                                    TreeReading.number(values.get(0), name).longValue()),
                            Math.toIntExact(
                                    TreeReading.number(values.get(1), name).longValue()))));
        });
        return counters;
    }
}
