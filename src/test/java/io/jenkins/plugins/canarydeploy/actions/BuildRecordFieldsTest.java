package io.jenkins.plugins.canarydeploy.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Build records are written with XStream, which Jenkins lets restore only JDK classes on its allow list: what the
 * actions keep must be strings, numbers, enums, the project's own classes and the allowed collections (no
 * {@code java.time} class, for instance).
 */
class BuildRecordFieldsTest {
    private static final Set<Class<?>> ALLOWED_JDK = Set.of(
            String.class,
            Long.class,
            Integer.class,
            Boolean.class,
            Double.class,
            ArrayList.class,
            LinkedHashMap.class,
            TreeMap.class,
            List.class,
            Map.class);

    @Test
    void shouldKeepOnlyWhatJenkinsRestoresInBuildRecords() {
        List<String> refused = new ArrayList<>();
        for (Class<?> action : List.of(
                ApprovalAction.class,
                CanaryWatchAction.class,
                DeploymentAction.class,
                PushedRevisionAction.class,
                CoverageResultAction.class,
                LintResultAction.class)) {
            walk(action, action.getSimpleName(), new HashSet<>(), refused);
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void shouldNoticeAJdkTimeClass() {
        List<String> refused = new ArrayList<>();
        walk(WithTime.class, "WithTime", new HashSet<>(), refused);
        assertThat(refused).containsExactly("WithTime.at: java.time.Instant");
    }

    private static void walk(Class<?> type, String path, Set<Class<?>> seen, List<String> refused) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    check(field.getGenericType(), path + "." + field.getName(), seen, refused);
                }
            }
        }
    }

    private static void check(Type type, String path, Set<Class<?>> seen, List<String> refused) {
        if (type instanceof ParameterizedType generic) {
            check(generic.getRawType(), path, seen, refused);
            for (Type argument : generic.getActualTypeArguments()) {
                check(argument, path, seen, refused);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum() || ALLOWED_JDK.contains(c)) {
            return;
        }
        if (c.getName().startsWith("io.jenkins.plugins.canarydeploy.")) {
            walk(c, path, seen, refused);
        } else {
            refused.add(path + ": " + c.getName());
        }
    }

    @SuppressWarnings("unused")
    private static final class WithTime {
        private java.time.Instant at;
    }
}
