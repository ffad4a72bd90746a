package io.jenkins.plugins.canarydeploy.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.canarydeploy.quality.lint.LintResult;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSettings;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTool;
import io.jenkins.plugins.canarydeploy.quality.lint.SeverityCounts;
import io.jenkins.plugins.canarydeploy.quality.lint.ToolResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint callable run as an agent runs it, on a workspace with a report written by Pylint. */
class LintCallableTest {
    private static final String SAMPLES = "/io/jenkins/plugins/canarydeploy/quality/lint/workspace/";

    @TempDir
    Path workspace;

    @Test
    void shouldCountTheIssuesOfEveryTool() throws IOException {
        copy("pylint.log", "reports/pylint.log");
        copy("flake8.txt", "reports/flake8.txt");

        LintResult result = new LintCallable(LintSettings.of(
                        new LintTool("pylint", "reports/pylint.log"), new LintTool("flake8", "reports/flake8.txt")))
                .invoke(workspace.toFile(), null);

        assertThat(result.getTools())
                .extracting(ToolResult::getId, ToolResult::getCounts)
                .containsExactly(
                        tuple("pylint", SeverityCounts.of(0, 0, 10, 15)),
                        tuple("flake8", SeverityCounts.of(0, 13, 0, 0)));
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void shouldNameAReportItCannotFindInTheResult() throws IOException {
        LintResult result = new LintCallable(LintSettings.of(new LintTool("pylint", "pylint.log")))
                .invoke(workspace.toFile(), null);

        assertThat(result.getErrors())
                .singleElement()
                .asString()
                .startsWith("Pylint: the pattern 'pylint.log' matched no file in the workspace.");
    }

    @Test
    void shouldTravelToTheAgentAndItsResultBack() throws Exception {
        copy("pylint.log", "pylint.log");

        LintCallable sent = roundTrip(new LintCallable(LintSettings.of(new LintTool("pylint", "pylint.log"))));
        LintResult result = roundTrip(sent.invoke(workspace.toFile(), null));

        assertThat(result.getTotal()).isEqualTo(25);
        assertThat(result.getTools().get(0).getRows()).hasSize(25);
    }

    private void copy(String sample, String target) throws IOException {
        Path file = workspace.resolve(target);
        Files.createDirectories(file.getParent());
        try (InputStream in = LintCallableTest.class.getResourceAsStream(SAMPLES + sample)) {
            assertThat(in).as(sample).isNotNull();
            Files.copy(in, file);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
