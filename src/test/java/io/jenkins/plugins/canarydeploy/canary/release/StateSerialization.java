package io.jenkins.plugins.canarydeploy.canary.release;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Java serialization round trips, and a walk of the state's own classes for records the Pipeline could not restore. */
final class StateSerialization {
    private StateSerialization() {}

    @SuppressWarnings("unchecked")
    static <T extends Serializable> T roundTrip(T state) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    /** The record classes reachable from {@code state} through the plugin's classes and the collections they hold. */
    static List<Class<?>> records(Object state) {
        List<Class<?>> records = new ArrayList<>();
        collect(state, records, Collections.newSetFromMap(new IdentityHashMap<>()));
        return records;
    }

    private static void collect(Object value, List<Class<?>> records, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value.getClass().isRecord()) {
            records.add(value.getClass());
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> collect(item, records, seen));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                collect(key, records, seen);
                collect(item, records, seen);
            });
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.jenkins.plugins.canarydeploy")) {
            return;
        }
        for (Field field : value.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                field.setAccessible(true);
                collect(field.get(value), records, seen);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }
}
