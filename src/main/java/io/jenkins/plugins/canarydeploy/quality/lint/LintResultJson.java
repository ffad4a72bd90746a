package io.jenkins.plugins.canarydeploy.quality.lint;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONWriter;

/** The JSON form of a {@link LintResult}, written as a stream and read strictly (every field is required). */
final class LintResultJson {
    private LintResultJson() {}

    static void write(LintResult result, Writer out) throws IOException {
        try {
            JSONWriter json = new JSONWriter(out).object();
            json.key("format").value(LintResultFile.FORMAT).key("version").value(LintResultFile.VERSION);
            json.key("tools").array();
            for (ToolResult tool : result.getTools()) {
                write(tool, json);
            }
            json.endArray().endObject();
        } catch (JSONException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e);
        }
    }

    private static void write(ToolResult tool, JSONWriter json) {
        json.object().key("id").value(tool.getId()).key("name").value(tool.getName());
        strings(json.key("reportFiles"), tool.getReportFiles());
        json.key("counts").object();
        for (LintSeverity severity : LintSeverity.values()) {
            json.key(severity.name()).value(tool.getCounts().get(severity));
        }
        json.endObject().key("rows").array();
        for (IssueRow row : tool.getRows()) {
            json.object()
                    .key("severity")
                    .value(row.getSeverity().name())
                    .key("file")
                    .value(row.getFile())
                    .key("line")
                    .value(row.getLine())
                    .key("column")
                    .value(row.getColumn())
                    .key("type")
                    .value(row.getType())
                    .key("category")
                    .value(row.getCategory())
                    .key("message")
                    .value(row.getMessage())
                    .key("fingerprint")
                    .value(row.getFingerprintText())
                    .endObject();
        }
        json.endArray().key("fingerprints").array();
        for (long fingerprint : tool.fingerprints()) {
            json.value(HexFormat.of().toHexDigits(fingerprint));
        }
        json.endArray();
        strings(json.key("errors"), tool.getErrors());
        strings(json.key("notes"), tool.getNotes());
        json.endObject();
    }

    private static void strings(JSONWriter json, List<String> values) {
        json.array();
        values.forEach(json::value);
        json.endArray();
    }

    static LintResult read(JSONObject json) {
        if (!LintResultFile.FORMAT.equals(json.optString("format"))
                || json.getInt("version") != LintResultFile.VERSION) {
            throw new IllegalArgumentException("expected format '" + LintResultFile.FORMAT + "' version "
                    + LintResultFile.VERSION + ", found '" + json.optString("format") + "' version "
                    + json.opt("version"));
        }
        List<ToolResult> tools = new ArrayList<>();
        JSONArray array = json.getJSONArray("tools");
        for (int i = 0; i < array.length(); i++) {
            tools.add(readTool(array.getJSONObject(i)));
        }
        return new LintResult(tools);
    }

    private static ToolResult readTool(JSONObject json) {
        JSONObject counts = json.getJSONObject("counts");
        int[] values = new int[LintSeverity.values().length];
        for (LintSeverity severity : LintSeverity.values()) {
            values[severity.ordinal()] = counts.getInt(severity.name());
        }
        List<IssueRow> rows = new ArrayList<>();
        JSONArray array = json.getJSONArray("rows");
        for (int i = 0; i < array.length(); i++) {
            rows.add(readRow(array.getJSONObject(i)));
        }
        JSONArray prints = json.getJSONArray("fingerprints");
        long[] fingerprints = new long[prints.length()];
        for (int i = 0; i < fingerprints.length; i++) {
            fingerprints[i] = HexFormat.fromHexDigitsToLong(prints.getString(i));
        }
        return new ToolResult(
                json.getString("id"),
                json.getString("name"),
                strings(json.getJSONArray("reportFiles")),
                SeverityCounts.of(values),
                rows,
                fingerprints,
                strings(json.getJSONArray("errors")),
                strings(json.getJSONArray("notes")));
    }

    private static IssueRow readRow(JSONObject json) {
        return new IssueRow(
                LintSeverity.valueOf(json.getString("severity")),
                json.getString("file"),
                json.getInt("line"),
                json.getInt("column"),
                json.getString("type"),
                json.getString("category"),
                json.getString("message"),
                HexFormat.fromHexDigitsToLong(json.getString("fingerprint")));
    }

    private static List<String> strings(JSONArray array) {
        List<String> values = new ArrayList<>(array.length());
        for (int i = 0; i < array.length(); i++) {
            values.add(array.getString(i));
        }
        return values;
    }
}
