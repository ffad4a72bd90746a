package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintResultFileTest {
    @TempDir
    Path workspace;

    @TempDir
    Path buildFolder;

    private LintResult sevenTools() throws IOException {
        LintSamples.workspace(workspace);
        Files.writeString(workspace.resolve("empty.xml"), "");
        return new LintRecorder(LintSettings.of(
                                new LintTool("pylint", "pylint.log"),
                                new LintTool("flake8", "flake8.txt"),
                                new LintTool("checkstyle", "checkstyle-result.xml,empty.xml"),
                                new LintTool("pmd", "pmd.xml"),
                                new LintTool("spotbugs", "spotbugsXml.xml"),
                                new LintTool("eslint", "eslint.json,pylint.log"),
                                new LintTool("sarif", "pmd.sarif"))
                        .withMaxRows(10))
                .record(workspace);
    }

    private static void assertSameResult(LintResult actual, LintResult expected) {
        assertThat(actual.getTools()).hasSameSizeAs(expected.getTools());
        for (int i = 0; i < expected.getTools().size(); i++) {
            ToolResult want = expected.getTools().get(i);
            ToolResult got = actual.getTools().get(i);
            assertThat(got.getId()).isEqualTo(want.getId());
            assertThat(got.getName()).isEqualTo(want.getName());
            assertThat(got.getReportFiles()).isEqualTo(want.getReportFiles());
            assertThat(got.getCounts()).isEqualTo(want.getCounts());
            assertThat(got.getRows()).isEqualTo(want.getRows());
            assertThat(got.fingerprints()).isEqualTo(want.fingerprints());
            assertThat(got.getErrors()).isEqualTo(want.getErrors());
            assertThat(got.getNotes()).isEqualTo(want.getNotes());
        }
    }

    @Test
    void shouldStoreAResultInItsOwnFileAndReadItBack() throws IOException {
        LintResult result = sevenTools();
        assertThat(result.getErrors()).hasSize(1);
        assertThat(result.getTool("eslint").orElseThrow().getNotes()).hasSize(1);
        Path file = buildFolder.resolve(LintResultFile.FILE_NAME);

        LintResultFile.write(result, file);
        LintResult read = LintResultFile.read(file);

        assertSameResult(read, result);
        assertThat(LintDelta.between(read, result).getNewCount()).isZero();
        assertThat(LintDelta.between(read, result).getFixedCount()).isZero();
        try (Stream<Path> files = Files.list(buildFolder)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
        assertThat(Files.readString(file)).startsWith("{\"format\":\"canary-deploy-lint\",\"version\":1,\"tools\":[");
    }

    @Test
    void shouldReplaceAnEarlierFile() throws IOException {
        Path file = buildFolder.resolve(LintResultFile.FILE_NAME);
        LintResultFile.write(new LintResult(List.of()), file);

        LintResult result = sevenTools();
        LintResultFile.write(result, file);

        assertSameResult(LintResultFile.read(file), result);
    }

    @Test
    void shouldTravelFromTheAgentAsASerializedObject() throws IOException, ClassNotFoundException {
        LintResult result = sevenTools();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        }

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertSameResult((LintResult) in.readObject(), result);
        }
    }

    @Test
    void shouldNameADamagedOrForeignFile() throws IOException {
        Path damaged = buildFolder.resolve("damaged.json");
        Files.writeString(damaged, "{\"format\":\"canary-deploy-lint\",\"version\":1,\"tools\":[{\"id\":");
        Path foreign = buildFolder.resolve("foreign.json");
        Files.writeString(foreign, "{\"format\":\"canary-deploy-lint\",\"version\":7,\"tools\":[]}");

        assertThatThrownBy(() -> LintResultFile.read(damaged))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("The lint result '" + damaged + "' cannot be read (")
                .hasMessageContaining("record the lint results of a new build");
        assertThatThrownBy(() -> LintResultFile.read(foreign))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(
                        "expected format 'canary-deploy-lint' version 1, found 'canary-deploy-lint'" + " version 7");
    }
}
