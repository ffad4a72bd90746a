package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleSpecTest {
    @TempDir
    Path workspace;

    @Test
    void shouldNameEveryBadFieldAndItsFix() {
        assertThat(BundleSpec.check("/var/lib/app", "dist/**, /etc/passwd", "../x", "rar")
                        .list())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        tuple(
                                "source",
                                "'/var/lib/app' is an absolute path: give the folder relative to the workspace, for"
                                        + " example 'build/deploy', or leave it empty for the whole workspace."),
                        tuple(
                                "includes",
                                "'/etc/passwd' is an absolute path: patterns are relative to the source folder, for"
                                        + " example 'dist/**' or 'appspec.yml'."),
                        tuple(
                                "excludes",
                                "'../x' leaves the source folder with '..': choose a source folder that contains"
                                        + " everything to bundle, and patterns inside it."),
                        tuple(
                                "format",
                                "'rar' is not a bundle format: use zip, tgz or tar (zip for Windows instances,"
                                        + " whose CodeDeploy agent does not support tar or tgz)."));
    }

    @Test
    void shouldAcceptBlankAndUsualValues() {
        assertThat(BundleSpec.check(null, null, null, null).list()).isEmpty();
        assertThat(BundleSpec.check("build/deploy", "**/*.jar,appspec.yml", "**/*.tmp", "tgz")
                        .list())
                .isEmpty();
        assertThat(BundleSpec.source("a/../../b")).isPresent();
    }

    @Test
    void shouldKnowTheFormatsByTypeAndExtension() {
        assertThat(BundleFormat.fromText("zip")).contains(BundleFormat.ZIP);
        assertThat(BundleFormat.fromText(" TGZ ")).contains(BundleFormat.TGZ);
        assertThat(BundleFormat.fromText(".tar.gz")).contains(BundleFormat.TGZ);
        assertThat(BundleFormat.fromText("tar")).contains(BundleFormat.TAR);
        assertThat(BundleFormat.fromText("YAML")).isEmpty();
        assertThat(BundleFormat.TGZ.bundleType()).isEqualTo("tgz");
        assertThat(BundleFormat.TGZ.extension()).isEqualTo(".tgz");
        assertThat(BundleFormat.ZIP.extension()).isEqualTo(".zip");
    }

    @Test
    void shouldCheckTheFolderAtRunTime() throws IOException {
        TestFiles.write(workspace, "file.txt", "x");
        assertThat(BundleSpec.of(workspace.resolve("missing"), null, null, true, BundleFormat.ZIP)
                        .check()
                        .list())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("source");
                    assertThat(problem.message()).contains("does not exist on the agent");
                });
        assertThat(BundleSpec.of(workspace.resolve("file.txt"), null, null, true, BundleFormat.ZIP)
                        .check()
                        .list())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("is a file, not a folder"));
        assertThat(BundleSpec.of(workspace, "a, b", "", true, BundleFormat.ZIP).includes())
                .containsExactly("a", "b");
    }
}
