package io.jenkins.plugins.canarydeploy.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFinderTest {
    @TempDir
    Path workspace;

    @TempDir
    Path outside;

    @Test
    void shouldFindReportsByAntPatternsSortedByName() throws IOException {
        write("module-b/target/site/jacoco/jacoco.xml");
        write("module-a/target/site/jacoco/jacoco.xml");
        write("module-a/target/site/jacoco/index.html");
        write("coverage.xml");

        ReportFinder.Found found = ReportFinder.find(workspace, "**/jacoco/*.xml, coverage.xml");

        assertThat(found.files())
                .extracting(ReportFile::name)
                .containsExactly(
                        "coverage.xml",
                        "module-a/target/site/jacoco/jacoco.xml",
                        "module-b/target/site/jacoco/jacoco.xml");
        assertThat(found.files().get(0).size()).isEqualTo(5);
        assertThat(found.notes()).isEmpty();
    }

    @Test
    void shouldNeverFollowLinksOutOfTheWorkspace() throws IOException {
        Files.writeString(outside.resolve("coverage.xml"), "secret");
        Files.createDirectories(outside.resolve("reports"));
        Files.writeString(outside.resolve("reports/coverage.xml"), "secret");
        write("real/coverage.xml");
        Files.createSymbolicLink(workspace.resolve("leak.xml"), outside.resolve("coverage.xml"));
        Files.createSymbolicLink(workspace.resolve("linked-folder"), outside.resolve("reports"));
        Files.createSymbolicLink(workspace.resolve("inside.xml"), workspace.resolve("real/coverage.xml"));

        ReportFinder.Found found = ReportFinder.find(workspace, "**/*.xml");

        assertThat(found.files()).extracting(ReportFile::name).containsExactly("inside.xml", "real/coverage.xml");
        assertThat(found.files().get(0).path()).isEqualTo(workspace.toRealPath().resolve("real/coverage.xml"));
        assertThat(found.notes())
                .containsExactly("Skipped 'leak.xml': it is a link to something outside the workspace, or to no file."
                        + " Reports are read only from inside the workspace.");
    }

    @Test
    void shouldSayWhatToFixWhenNothingMatches() throws IOException {
        write("target/jacoco.xml");

        assertThatThrownBy(() -> ReportFinder.find(workspace, "build/**/jacoco.xml"))
                .isInstanceOf(QualityReportException.class)
                .hasMessageContaining("matches 'build/**/jacoco.xml'. Check the pattern (relative to the workspace)");
        assertThatThrownBy(() -> ReportFinder.find(workspace.resolve("missing"), "*.xml"))
                .hasMessageEndingWith("does not exist.");
        assertThat(ReportFinder.patternProblem(" , "))
                .hasValueSatisfying(
                        problem -> assertThat(problem).startsWith("Give an Ant pattern for the report files"));
        assertThat(ReportFinder.patternProblem("/var/coverage.xml"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("is an absolute path"));
    }

    private void write(String name) throws IOException {
        Path file = workspace.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<x/>\n");
    }
}
