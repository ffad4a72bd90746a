package io.jenkins.plugins.canarydeploy.steps.sources;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Describable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every describable of this package (each canary source and the judge's metric) has a form, an overview help and a
 * help file for each of its fields, found the way Jenkins finds them: beside the class, in a folder of its name.
 * Fields are named by their getters, setters and constructor parameters.
 */
class HelpFilesTest {
    private static final Pattern FORM_FIELD = Pattern.compile("\\bfield=\"([^\"]+)\"");

    @Test
    void shouldFindEveryDescribableOfThePackage() throws Exception {
        assertThat(describables())
                .contains(
                        AlertmanagerAlerts.class,
                        CloudWatchAlarms.class,
                        HttpHealthCheck.class,
                        MetricsJudge.class,
                        JudgedMetric.class);
    }

    @Test
    void shouldHaveAHelpFileForEveryField() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : describables()) {
            for (String field : fields(type)) {
                String help = read(type, "help-" + field + ".html");
                if (help == null || !help.strip().startsWith("<div>") || help.length() < 60) {
                    missing.add(type.getSimpleName() + "/help-" + field + ".html");
                }
            }
        }
        assertThat(missing).as("missing or too short").isEmpty();
    }

    @Test
    void shouldHaveAnOverviewAndAFormEscapedByDefault() throws Exception {
        for (Class<?> type : describables()) {
            assertThat(read(type, "help.html"))
                    .as(type.getSimpleName() + "/help.html")
                    .contains("<pre>");
            assertThat(read(type, "config.jelly"))
                    .as(type.getSimpleName() + "/config.jelly")
                    .startsWith("<?jelly escape-by-default='true'?>");
        }
    }

    @Test
    void shouldOfferEveryFieldInTheFormAndNoOther() throws Exception {
        for (Class<?> type : describables()) {
            Set<String> inForm = new TreeSet<>();
            Matcher matcher = FORM_FIELD.matcher(read(type, "config.jelly"));
            while (matcher.find()) {
                inForm.add(matcher.group(1));
            }
            assertThat(inForm).as(type.getSimpleName() + "/config.jelly").isEqualTo(fields(type));
        }
    }

    @Test
    void shouldReadEveryFieldBackThroughAGetter() throws Exception {
        for (Class<?> type : describables()) {
            Set<String> settable = new TreeSet<>(setterFields(type));
            settable.addAll(constructorFields(type));
            assertThat(getterFields(type)).as(type.getSimpleName()).containsAll(settable);
        }
    }

    /** The fields of a describable: its getters (Jenkins reads every field back through one) and its setters. */
    private static Set<String> fields(Class<?> type) {
        Set<String> fields = new TreeSet<>(getterFields(type));
        fields.addAll(setterFields(type));
        fields.addAll(constructorFields(type));
        return fields;
    }

    private static Set<String> getterFields(Class<?> type) {
        Set<String> fields = new TreeSet<>();
        for (Method method : ownMethods(type)) {
            boolean getter = Modifier.isPublic(method.getModifiers())
                    && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0;
            String name = method.getName();
            if (getter && name.startsWith("get") && name.length() > 3) {
                fields.add(decapitalize(name.substring(3)));
            } else if (getter
                    && name.startsWith("is")
                    && name.length() > 2
                    && method.getReturnType() == boolean.class) {
                fields.add(decapitalize(name.substring(2)));
            }
        }
        return fields;
    }

    private static Set<String> setterFields(Class<?> type) {
        Set<String> fields = new TreeSet<>();
        for (Method method : ownMethods(type)) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                assertThat(method.getName()).as("a @DataBoundSetter").startsWith("set");
                fields.add(decapitalize(method.getName().substring(3)));
            }
        }
        return fields;
    }

    /** The constructor's parameter names, where the compiler kept them (the getters name them anyway). */
    private static Set<String> constructorFields(Class<?> type) {
        Set<String> fields = new TreeSet<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                Arrays.stream(constructor.getParameters())
                        .filter(Parameter::isNamePresent)
                        .forEach(parameter -> fields.add(parameter.getName()));
            }
        }
        return fields;
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A resource beside the class, in the folder of its name; null when there is none. */
    private static String read(Class<?> type, String file) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The concrete, top-level describables compiled into this package's folder. */
    private static List<Class<?>> describables() throws IOException, URISyntaxException, ClassNotFoundException {
        URL here = CanarySource.class.getResource(CanarySource.class.getSimpleName() + ".class");
        assertThat(here).isNotNull();
        assertThat(here.getProtocol()).as("compiled classes in a folder").isEqualTo("file");
        Path folder = Path.of(here.toURI()).getParent();
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("package-info")) {
                    Class<?> type = Class.forName(
                            CanarySource.class.getPackageName() + "." + name.substring(0, name.length() - 6));
                    if (Describable.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                        found.add(type);
                    }
                }
            }
        }
        return found;
    }

    /** The methods of the class and of its bases in this plugin (a source may inherit fields, e.g. credentials). */
    private static java.util.List<Method> ownMethods(Class<?> type) {
        java.util.List<Method> methods = new java.util.ArrayList<>();
        for (Class<?> c = type;
                c != null && c.getName().startsWith("io.jenkins.plugins.canarydeploy.");
                c = c.getSuperclass()) {
            methods.addAll(java.util.Arrays.asList(c.getDeclaredMethods()));
        }
        return methods;
    }
}
