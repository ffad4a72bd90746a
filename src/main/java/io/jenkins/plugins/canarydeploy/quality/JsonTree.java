package io.jenkins.plugins.canarydeploy.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON as a tree of plain values: objects are {@code Map<String, ?>} (order kept), arrays
 * {@code List<?>}, strings, numbers ({@link Long} when whole and written without fraction or exponent, else
 * {@link Double}), booleans and {@link #NULL}. Strict and depth-limited; enough for the result files the plugin
 * writes into the build folder with {@link JsonWriter}.
 */
public final class JsonTree {
    /** Stands for JSON {@code null}, so that maps and lists hold no Java null. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 64;

    private final CharSequence text;
    private int pos;

    private JsonTree(CharSequence text) {
        this.text = text;
    }

    /** Reads one JSON value that fills the whole text; throws {@link IllegalArgumentException} otherwise. */
    public static Object parse(CharSequence text) {
        JsonTree reader = new JsonTree(text);
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw reader.problem("unexpected text after the value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw problem("nested too deeply");
        }
        skipSpace();
        if (pos >= text.length()) {
            throw problem("unexpected end");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw problem("expected a quoted name");
            }
            String name = string();
            skipSpace();
            expect(':');
            map.put(name, value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                throw problem("control character in a string");
            } else {
                out.append(c);
            }
        }
        throw problem("unterminated string");
    }

    private char escape() {
        if (pos >= text.length()) {
            throw problem("unterminated escape");
        }
        char c = text.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw problem("unknown escape \\" + c);
        };
    }

    private char unicode() {
        if (pos + 4 > text.length()) {
            throw problem("short unicode escape");
        }
        try {
            char c = (char) Integer.parseInt(text.subSequence(pos, pos + 4).toString(), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw problem("bad unicode escape");
        }
    }

    private Object number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String token = text.subSequence(start, pos).toString();
        if (token.isEmpty() || !token.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            pos = start;
            throw problem("expected a value");
        }
        try {
            return token.matches("-?\\d+") ? (Object) Long.parseLong(token) : (Object) Double.parseDouble(token);
        } catch (NumberFormatException e) {
            pos = start;
            throw problem("number out of range");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.subSequence(pos, Math.min(text.length(), pos + word.length()))
                .toString()
                .equals(word)) {
            throw problem("expected a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw problem("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private IllegalArgumentException problem(String what) {
        return new IllegalArgumentException("Invalid JSON at character " + pos + ": " + what);
    }
}
