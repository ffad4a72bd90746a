package io.jenkins.plugins.canarydeploy.quality;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a tree of plain values as JSON, the counterpart of {@link JsonTree}. */
public final class JsonWriter {
    private JsonWriter() {}

    /** Writes a tree of maps, lists, strings, numbers, booleans and {@link #NULL}. */
    public static void write(Object value, Appendable out) throws IOException {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                writeString(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String string) {
            writeString(string, out);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("JSON has no " + number);
            }
            out.append(Double.toString(number));
        } else if (value instanceof Number || value instanceof Boolean || value == JsonTree.NULL) {
            out.append(String.valueOf(value));
        } else {
            throw new IllegalArgumentException("Cannot write " + value + " as JSON");
        }
    }

    /** The tree as JSON text. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        try {
            write(value, out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    private static void writeString(String value, Appendable out) throws IOException {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
