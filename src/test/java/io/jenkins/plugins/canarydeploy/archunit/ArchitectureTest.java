package io.jenkins.plugins.canarydeploy.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin's boundary: a Jenkins-free core (tested here against real components) and a thin Jenkins glue. See
 * docs/architecture.md for the picture.
 */
class ArchitectureTest {
    private static final String ROOT = "io.jenkins.plugins.canarydeploy";

    static final String[] CORE = {
        ROOT + ".aws..",
        ROOT + ".bundle..",
        ROOT + ".canary..",
        ROOT + ".deploy..",
        ROOT + ".quality..",
        ROOT + ".push..",
        ROOT + ".s3..",
        ROOT + ".validation.."
    };
    static final String[] GLUE = {
        ROOT + ".steps..",
        ROOT + ".freestyle..",
        ROOT + ".actions..",
        ROOT + ".credentials..",
        ROOT + ".agent..",
        ROOT + ".forms.."
    };
    static final String[] JENKINS = {"hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..", "com.cloudbees.."};

    private static JavaClasses production;
    private static JavaClasses tests;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
        tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .withImportOption(location -> !location.contains("/archunit/samples/"))
                .importPackages(ROOT);
    }

    static ArchRule coreIsJenkinsFree(String... core) {
        return noClasses()
                .that()
                .resideInAnyPackage(core)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(JENKINS)
                .because("the core is Jenkins-free, so that the offline suite tests it for real");
    }

    static ArchRule coreDoesNotUseGlue(String[] core, String[] glue) {
        return noClasses()
                .that()
                .resideInAnyPackage(core)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(glue)
                .because("the glue translates between Jenkins and the core, never the other way round");
    }

    static ArchRule formEndpointsArePostOnly() {
        return methods()
                .that()
                .haveNameStartingWith("doCheck")
                .or()
                .haveNameStartingWith("doFill")
                .should()
                .beAnnotatedWith("org.kohsuke.stapler.verb.POST")
                .because("form endpoints must not answer GET requests (CSRF); each also checks a permission");
    }

    static ArchRule noJenkinsSingleton() {
        return noClasses()
                .should()
                .callMethod("jenkins.model.Jenkins", "get")
                .orShould()
                .callMethod("jenkins.model.Jenkins", "getInstanceOrNull")
                .because("permission checks and lookups go through JenkinsFacade, so tests can replace it");
    }

    static ArchRule testsArePackagePrivate() {
        return classes()
                .that()
                .haveSimpleNameEndingWith("Test")
                .should()
                .notBePublic()
                .because("test classes are package-private, as JUnit 5 allows");
    }

    @Test
    void shouldKeepTheCoreFreeOfJenkins() {
        coreIsJenkinsFree(CORE).check(production);
    }

    @Test
    void shouldKeepTheCoreIndependentOfTheGlue() {
        coreDoesNotUseGlue(CORE, GLUE).check(production);
    }

    @Test
    void shouldAcceptOnlyPostOnFormEndpoints() {
        formEndpointsArePostOnly().check(production);
    }

    @Test
    void shouldReachJenkinsOnlyThroughTheFacade() {
        noJenkinsSingleton().check(production);
    }

    @Test
    void shouldKeepTestClassesPackagePrivate() {
        testsArePackagePrivate().check(tests);
    }
}
