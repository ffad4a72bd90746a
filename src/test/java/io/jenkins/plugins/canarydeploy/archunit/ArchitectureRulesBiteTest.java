package io.jenkins.plugins.canarydeploy.archunit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each architecture rule, run over deliberate violations in {@code samples}, must fail and name the culprit. */
class ArchitectureRulesBiteTest {
    private static final String SAMPLES = "io.jenkins.plugins.canarydeploy.archunit.samples";
    private static final String[] SAMPLE_CORE = {SAMPLES + ".core.."};
    private static final String[] SAMPLE_GLUE = {SAMPLES + ".glue.."};

    private final JavaClasses samples = new ClassFileImporter().importPackages(SAMPLES);

    @Test
    void shouldReportJenkinsTypesInTheCore() {
        assertThatThrownBy(() -> ArchitectureTest.coreIsJenkinsFree(SAMPLE_CORE).check(samples))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreUsingJenkins")
                .hasMessageContaining("hudson.model.TaskListener");
    }

    @Test
    void shouldReportGlueUsedByTheCore() {
        assertThatThrownBy(() -> ArchitectureTest.coreDoesNotUseGlue(SAMPLE_CORE, SAMPLE_GLUE)
                        .check(samples))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreUsingGlue");
    }

    @Test
    void shouldReportFormEndpointsWithoutPost() {
        assertThatThrownBy(() -> ArchitectureTest.formEndpointsArePostOnly().check(samples))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("doCheckName");
    }

    @Test
    void shouldReportTheJenkinsSingleton() {
        assertThatThrownBy(() -> ArchitectureTest.noJenkinsSingleton().check(samples))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Jenkins.get()");
    }

    @Test
    void shouldReportPublicTestClasses() {
        assertThatThrownBy(() -> ArchitectureTest.testsArePackagePrivate().check(samples))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PublicSampleTest");
    }
}
