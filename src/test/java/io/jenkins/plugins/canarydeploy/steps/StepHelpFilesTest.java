package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.freestyle.CanaryReleaseBuilder;
import io.jenkins.plugins.canarydeploy.freestyle.CanaryWatchBuilder;
import io.jenkins.plugins.canarydeploy.freestyle.CodeDeployBuilder;
import io.jenkins.plugins.canarydeploy.freestyle.CodeDeployPushBuilder;
import io.jenkins.plugins.canarydeploy.freestyle.QualityCoverageRecorder;
import io.jenkins.plugins.canarydeploy.freestyle.QualityLintRecorder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every field of every step and build step has a help file (help-FIELD.html beside the class or one of its bases,
 * where Jenkins looks for it), and every step a help.html.
 */
class StepHelpFilesTest {
    private static final List<Class<?>> DESCRIBED = List.of(
            CodeDeployPushStep.class,
            CodeDeployStep.class,
            CanaryWatchStep.class,
            CanaryReleaseStep.class,
            S3RevisionArgument.class,
            CodeDeployPushBuilder.class,
            CodeDeployBuilder.class,
            CanaryWatchBuilder.class,
            CanaryReleaseBuilder.class,
            QualityCoverageStep.class,
            QualityGateArgument.class,
            QualityCoverageRecorder.class,
            QualityLintStep.class,
            LintToolArgument.class,
            QualityLintRecorder.class);

    @Test
    void shouldHaveAHelpFileForEveryField() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : DESCRIBED) {
            if (!hasHelp(type, "help.html")) {
                missing.add(type.getSimpleName() + "/help.html");
            }
            for (String field : fields(type)) {
                if (!hasHelp(type, "help-" + field + ".html")) {
                    missing.add(type.getSimpleName() + "/help-" + field + ".html");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldFindTheFieldsOfAPostBuildStepWithoutItsMonitor() {
        assertThat(fields(QualityCoverageRecorder.class)).containsExactly("coverage");
    }

    @Test
    void shouldFindTheFieldsOfAStep() {
        assertThat(fields(CanaryWatchStep.class))
                .contains("sources", "bakeWindow", "noData", "application", "region", "credentialsId");
    }

    /** The properties the form and the Snippet Generator show: public getters of the class and its bases. */
    static List<String> fields(Class<?> type) {
        List<String> fields = new ArrayList<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            boolean getter =
                    (name.startsWith("get") && name.length() > 3) || (name.startsWith("is") && name.length() > 2);
            boolean own = method.getDeclaringClass().getName().startsWith("io.jenkins.plugins.canarydeploy.");
            if (getter
                    && own
                    && method.getParameterCount() == 0
                    && !Modifier.isStatic(method.getModifiers())
                    && !name.equals("getDescriptor")
                    && !name.equals("getRequiredMonitorService")) {
                String property = name.substring(name.startsWith("get") ? 3 : 2);
                fields.add(property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1));
            }
        }
        return fields;
    }

    private static boolean hasHelp(Class<?> type, String file) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.getResource(c.getSimpleName() + "/" + file) != null) {
                return true;
            }
        }
        return false;
    }
}
