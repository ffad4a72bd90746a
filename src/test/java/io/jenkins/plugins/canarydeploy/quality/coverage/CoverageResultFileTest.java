package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.quality.JsonTree;
import io.jenkins.plugins.canarydeploy.quality.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageResultFileTest {
    @TempDir
    Path folder;

    @Test
    void shouldWriteAReadableVersionedFileAndReadTheSameResultBack() throws IOException {
        Samples.copy(folder.resolve("workspace"), "jacoco-prices.xml", "opencover.xml");
        CoverageResult jacoco = CoverageRecorder.record(
                folder.resolve("workspace"), CoverageSettings.of("jacoco-*.xml", CoverageFormat.JACOCO));
        Path file = folder.resolve(CoverageResultFile.FILE_NAME);

        CoverageResultFile.write(jacoco, file);

        assertThat(Files.readString(file))
                .startsWith("{\"schema\":1,\"format\":\"JACOCO\",\"reports\":[\"jacoco-prices.xml\"],\"problems\":[],"
                        + "\"totals\":{\"LINE\":[7,3],\"BRANCH\":[5,3],\"INSTRUCTION\":[31,13],\"METHOD\":[3,2]")
                .contains(
                        "\"files\":[{\"name\":\"demo/Prices.java\",\"package\":\"demo\",\"counters\":{\"LINE\":[7,3]");
        assertThat(CoverageResultFile.read(file)).isEqualTo(jacoco);
        assertThat(folder.resolve(CoverageResultFile.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void shouldKeepProblemsAndOtherValuesThroughTheFile() throws IOException {
        CoverageResult result = CoverageResult.builder(CoverageFormat.JUNIT)
                .report("TEST-a.xml")
                .problem("'TEST-b.xml' is empty (0 bytes)")
                .otherValue("TESTS", 12)
                .packageRow(new CoverageRow("a", "", List.of()))
                .build();
        Path file = folder.resolve("result.json");

        CoverageResultFile.write(result, file);

        assertThat(CoverageResultFile.read(file)).isEqualTo(result);
    }

    @Test
    void shouldNameTheFileWhenItIsDamagedOrNewer() throws IOException {
        Path damaged = Files.writeString(folder.resolve("damaged.json"), "{\"schema\":1,\"format\":");
        Path newer = Files.writeString(folder.resolve("newer.json"), "{\"schema\":2,\"format\":\"JACOCO\"}");
        Path wrong = Files.writeString(folder.resolve("wrong.json"), "{\"schema\":1,\"format\":\"EMMA\"}");

        assertThatThrownBy(() -> CoverageResultFile.read(damaged))
                .isInstanceOf(IOException.class)
                .hasMessage("Cannot read the coverage result '" + damaged + "': Invalid JSON at character 21:"
                        + " unexpected end");
        assertThatThrownBy(() -> CoverageResultFile.read(newer))
                .hasMessageEndingWith(
                        "it was written by a newer version of the plugin (schema 2, this version reads" + " up to 1)");
        assertThatThrownBy(() -> CoverageResultFile.read(wrong)).hasMessageEndingWith("unknown format 'EMMA'");
    }

    @Test
    void shouldTravelFromAgentToControllerAsASerializableObject() throws Exception {
        Samples.copy(folder, "cobertura-add.xml");
        CoverageResult result = CoverageRecorder.record(folder, CoverageSettings.of("*.xml", CoverageFormat.COBERTURA));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(result);
        }
        assertThat(JsonTree.parse(JsonWriter.write(CoverageResultFile.toTree(result))))
                .isInstanceOf(Map.class);
    }
}
