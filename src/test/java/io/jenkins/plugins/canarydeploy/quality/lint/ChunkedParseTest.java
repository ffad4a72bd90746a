package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.hm.hafner.analysis.FileReaderFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large pylint logs are parsed in parts, with the same result as parsing them whole. */
class ChunkedParseTest {
    @TempDir
    Path workspace;

    /** The real sample log repeated for many modules (about 10 MB), with non-ASCII text in every message. */
    private Path largeLog() throws IOException {
        List<String> issues = Files.readAllLines(LintSamples.file("workspace/pylint.log")).stream()
                .filter(line -> line.startsWith("bucketlist/"))
                .toList();
        Path log = workspace.resolve("pylint.log");
        try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (int module = 0; Files.size(log) < 10L << 20; module++) {
                out.write("************* Module bucketlist.m" + module + "\n");
                for (String issue : issues) {
                    out.write(issue.replace("bucketlist/", "bucketlist/m" + module + "/") + " (Größe ✓)\n");
                }
                out.flush();
            }
        }
        return log;
    }

    @Test
    void shouldCutAtLineEndsAndCoverTheWholeFile() throws IOException {
        Path log = largeLog();
        long size = Files.size(log);
        byte[] bytes = Files.readAllBytes(log);

        List<long[]> ranges = ChunkedParse.ranges(log, size);

        assertThat(ranges).hasSizeGreaterThan(2);
        assertThat(ranges.get(0)[0]).isZero();
        assertThat(ranges.get(ranges.size() - 1)[1]).isEqualTo(size);
        for (int i = 0; i < ranges.size(); i++) {
            assertThat(bytes[(int) ranges.get(i)[1] - 1]).isEqualTo((byte) '\n');
            if (i > 0) {
                assertThat(ranges.get(i)[0]).isEqualTo(ranges.get(i - 1)[1]);
            }
        }
    }

    @Test
    void shouldGiveTheSameResultAsParsingTheReportWhole() throws IOException {
        Path log = largeLog();

        ToolResult parts = new LintRecorder(LintSettings.of(new LintTool("pylint", "pylint.log")))
                .record(workspace)
                .getTools()
                .get(0);

        ToolCollector whole = new ToolCollector(LintSettings.DEFAULT_MAX_ROWS, new SourceContext(workspace));
        whole.addIssues(
                LintTools.registry().createParser("pylint").parse(new FileReaderFactory(log, StandardCharsets.UTF_8)));
        ToolResult expected = whole.result("pylint", "Pylint");
        assertThat(parts.getTotal()).isGreaterThan(50_000).isEqualTo(expected.getTotal());
        assertThat(parts.getCounts()).isEqualTo(expected.getCounts());
        assertThat(parts.fingerprints()).isEqualTo(expected.fingerprints());
        assertThat(parts.getRows()).isEqualTo(expected.getRows());
        assertThat(parts.getRows().get(0).getMessage()).isEqualTo("Unused import os (Größe ✓)");
        assertThat(parts.getErrors()).isEmpty();
    }

    @Test
    void shouldStopWhenTheBuildIsAborted() throws IOException {
        largeLog();
        LintRecorder recorder = new LintRecorder(LintSettings.of(new LintTool("pylint", "pylint.log")));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> recorder.record(workspace)).isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
