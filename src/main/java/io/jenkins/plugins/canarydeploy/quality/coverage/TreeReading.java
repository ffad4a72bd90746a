package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.util.List;
import java.util.Map;

/** Typed reads from a {@link io.jenkins.plugins.canarydeploy.quality.JsonTree}, naming what is missing or wrong. */
final class TreeReading {
    private TreeReading() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " must be a JSON object");
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value, String what) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException(what + " must be a JSON array");
    }

    static List<Object> list(Map<String, Object> map, String name) {
        return list(map.get(name), "'" + name + "'");
    }

    static Number number(Object value, String what) {
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalArgumentException(what + " must be a number");
    }

    static Number number(Map<String, Object> map, String name) {
        return number(map.get(name), "'" + name + "'");
    }

    static String text(Object value, String what) {
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException(what + " must be a string");
    }

    static String string(Map<String, Object> map, String name) {
        return text(map.get(name), "'" + name + "'");
    }

    static List<String> strings(Map<String, Object> map, String name) {
        return list(map, name).stream()
                .map(value -> text(value, "an entry of '" + name + "'"))
                .toList();
    }
}
