package io.jenkins.plugins.canarydeploy.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.build.PomDependencies.Dependency;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The offline build must not drift from the real one: every dependency of the offline build has a counterpart in
 * pom.xml, either the same artifact or the one named in offline/counterparts.properties (a Jenkins library plugin
 * that carries it, or the Jenkins core / plugin parent that provides it).
 */
class OfflineBuildDriftTest {
    private static final String INHERITED = "inherited:";

    private final Path root =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();

    @Test
    void shouldHaveACounterpartInTheRealPomForEveryOfflineDependency() throws IOException {
        Set<String> real = PomDependencies.of(root.resolve("pom.xml")).stream()
                .map(Dependency::coordinates)
                .collect(Collectors.toSet());
        Properties counterparts = counterparts();

        List<String> missing = new ArrayList<>();
        for (Dependency offline : offlineDependencies()) {
            String counterpart = counterparts
                    .getProperty(offline.coordinates(), offline.coordinates())
                    .strip();
            if (counterpart.startsWith(INHERITED)) {
                assertThat(counterpart.substring(INHERITED.length()).strip())
                        .as("the reason why %s needs no entry in pom.xml", offline.coordinates())
                        .isNotEmpty();
            } else if (!real.contains(counterpart)) {
                missing.add(offline.coordinates() + " (expected " + counterpart + " in pom.xml)");
            }
        }
        assertThat(missing)
                .as("offline dependencies without a counterpart in pom.xml")
                .isEmpty();
    }

    @Test
    void shouldNameOnlyDependenciesTheOfflineBuildHas() throws IOException {
        Set<String> offline =
                offlineDependencies().stream().map(Dependency::coordinates).collect(Collectors.toSet());

        assertThat(counterparts().stringPropertyNames())
                .as("entries of offline/counterparts.properties for dependencies the offline build no longer has")
                .allSatisfy(name -> assertThat(offline).contains(name));
    }

    private List<Dependency> offlineDependencies() throws IOException {
        List<Dependency> all = new ArrayList<>();
        for (String module : List.of("offline/plugin/pom.xml", "offline/stand-ins/pom.xml")) {
            PomDependencies.of(root.resolve(module)).stream()
                    .filter(d -> !d.coordinates().startsWith("io.jenkins.plugins.canary-deploy.offline:"))
                    .forEach(all::add);
        }
        return all;
    }

    private Properties counterparts() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("offline/counterparts.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
