package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {
    @TempDir
    Path workspace;

    private List<BundleEntry> scan(String includes, String excludes, boolean defaultExcludes) throws IOException {
        return new WorkspaceScanner(BundleSpec.of(workspace, includes, excludes, defaultExcludes, BundleFormat.ZIP))
                .scan();
    }

    private static List<String> paths(List<BundleEntry> entries) {
        return entries.stream().map(BundleEntry::path).toList();
    }

    @Test
    void shouldListFilesSortedByUtf8BytesWithTheirModes() throws IOException {
        TestFiles.write(workspace, "b.txt", "b");
        TestFiles.write(workspace, "a/z.txt", "z");
        TestFiles.write(workspace, "a.txt", "a");
        TestFiles.write(workspace, "\u00e9t\u00e9.txt", "summer");
        TestFiles.write(workspace, "\uD83D\uDE80.txt", "rocket");
        TestFiles.write(workspace, "\uFF21.txt", "fullwidth A");
        TestFiles.executable(workspace, "scripts/start.sh", "#!/bin/sh\n");
        Files.createDirectories(workspace.resolve("empty/folder"));

        List<BundleEntry> entries = scan(null, null, true);

        assertThat(paths(entries))
                .containsExactly(
                        "a.txt",
                        "a/z.txt",
                        "b.txt",
                        "scripts/start.sh",
                        "\u00e9t\u00e9.txt",
                        "\uFF21.txt",
                        "\uD83D\uDE80.txt");
        assertThat(entries.get(0).mode()).isEqualTo(0644);
        assertThat(entries.get(0).size()).isEqualTo(1);
        assertThat(entries.get(3).mode()).isEqualTo(0755);
        assertThat(entries.get(3).isExecutable()).isTrue();
        assertThat(entries).allSatisfy(entry -> assertThat(entry.kind()).isEqualTo(EntryKind.FILE));
    }

    @Test
    void shouldApplyIncludesExcludesAndDefaultExcludes() throws IOException {
        TestFiles.write(workspace, "appspec.yml", "version: 0.0");
        TestFiles.write(workspace, "dist/app.jar", "jar");
        TestFiles.write(workspace, "dist/app.jar.tmp", "tmp");
        TestFiles.write(workspace, "dist/deep/lib.jar", "lib");
        TestFiles.write(workspace, "src/Main.java", "class Main {}");
        TestFiles.write(workspace, ".git/config", "[core]");
        TestFiles.write(workspace, "dist/.svn/entries", "svn");
        TestFiles.write(workspace, "dist/.DS_Store", "finder");
        TestFiles.write(workspace, "dist/notes.txt~", "backup");
        TestFiles.write(workspace, ".gitignore", "target/");

        assertThat(paths(scan("appspec.yml, dist/", "**/*.tmp", true)))
                .containsExactly("appspec.yml", "dist/app.jar", "dist/deep/lib.jar");
        assertThat(paths(scan("**/*.jar", null, true))).containsExactly("dist/app.jar", "dist/deep/lib.jar");
        assertThat(paths(scan(null, "src/**, dist/deep/", true)))
                .containsExactly("appspec.yml", "dist/app.jar", "dist/app.jar.tmp");
        assertThat(paths(scan(null, "src/**", false)))
                .containsExactly(
                        ".git/config",
                        ".gitignore",
                        "appspec.yml",
                        "dist/.DS_Store",
                        "dist/.svn/entries",
                        "dist/app.jar",
                        "dist/app.jar.tmp",
                        "dist/deep/lib.jar",
                        "dist/notes.txt~");
    }

    @Test
    void shouldKeepLinksThatStayInsideTheFolder() throws IOException {
        TestFiles.executable(workspace, "releases/v2/run.sh", "#!/bin/sh\n");
        TestFiles.link(workspace, "current", "releases/v2");
        TestFiles.link(workspace, "bin/run", "../releases/v2/run.sh");
        TestFiles.link(
                workspace,
                "bin/absolute",
                workspace.resolve("releases/v2/run.sh").toString());
        TestFiles.link(workspace, "dangling", "not-built-yet.txt");

        List<BundleEntry> entries = scan(null, null, true);

        assertThat(entries)
                .extracting(BundleEntry::path, BundleEntry::kind, BundleEntry::linkTarget)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bin/absolute", EntryKind.SYMLINK, "../releases/v2/run.sh"),
                        org.assertj.core.groups.Tuple.tuple("bin/run", EntryKind.SYMLINK, "../releases/v2/run.sh"),
                        org.assertj.core.groups.Tuple.tuple("current", EntryKind.SYMLINK, "releases/v2"),
                        org.assertj.core.groups.Tuple.tuple("dangling", EntryKind.SYMLINK, "not-built-yet.txt"),
                        org.assertj.core.groups.Tuple.tuple("releases/v2/run.sh", EntryKind.FILE, null));
        assertThat(entries.get(0).mode()).isEqualTo(0777);
    }

    @Test
    void shouldRefuseLinksPointingOutsideNamingLinkTargetAndFix() throws IOException {
        Path outside = TestFiles.write(workspace, "outside/secret.txt", "secret");
        Path root = Files.createDirectories(workspace.resolve("app"));
        TestFiles.write(root, "appspec.yml", "version: 0.0");
        TestFiles.link(root, "config/secret.txt", outside.toString());
        TestFiles.link(root, "up", "../outside");
        TestFiles.link(root, "shared", "../outside");
        TestFiles.link(root, "inner", "shared/secret.txt");

        BundleSpec spec = BundleSpec.of(root, null, "up", true, BundleFormat.ZIP);
        assertThatThrownBy(() -> new WorkspaceScanner(spec).scan())
                .isInstanceOf(BundleException.class)
                .satisfies(e -> assertThat(((BundleException) e).getProblems())
                        .containsExactly(
                                "'config/secret.txt' is a symbolic link to '" + outside + "', outside the source"
                                        + " folder '" + root + "': a bundle cannot carry what it points to. Exclude"
                                        + " the link (add 'config/secret.txt' to the excludes), or copy the file into"
                                        + " the folder instead of linking to it.",
                                "'inner' is a symbolic link to 'shared/secret.txt', which resolves to '"
                                        + outside.toRealPath() + "', outside the source folder '" + root + "': a"
                                        + " bundle cannot carry what it points to. Exclude the link (add 'inner' to"
                                        + " the excludes), or copy the file into the folder instead of linking to"
                                        + " it.",
                                "'shared' is a symbolic link to '../outside', which resolves to '"
                                        + workspace.resolve("outside") + "', outside the source folder '" + root
                                        + "': a bundle cannot carry what it points to. Exclude the link (add"
                                        + " 'shared' to the excludes), or copy the file into the folder instead of"
                                        + " linking to it."));

        BundleSpec excluded = BundleSpec.of(root, null, "up, shared, inner, config/", true, BundleFormat.ZIP);
        assertThat(paths(new WorkspaceScanner(excluded).scan())).containsExactly("appspec.yml");
    }

    @Test
    void shouldNameAnUnreadableFile() throws IOException {
        Path secret = TestFiles.write(workspace, "keys/secret.pem", "key");
        TestFiles.write(workspace, "appspec.yml", "version: 0.0");
        TestFiles.chmod(secret, "---------");
        Assumptions.assumeFalse(
                Files.isReadable(secret),
                "This user (root, or one with CAP_DAC_OVERRIDE) reads files whatever their mode, so a file cannot be"
                        + " made unreadable here; the check runs for ordinary users, as Jenkins agents are.");

        assertThatThrownBy(() -> scan(null, null, true))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("Cannot read 'keys/secret.pem'")
                .hasMessageContaining("add 'keys/secret.pem' to the excludes");
        assertThat(paths(scan(null, "keys/", true))).containsExactly("appspec.yml");
    }

    @Test
    void shouldExplainAnEmptySelection() throws IOException {
        TestFiles.write(workspace, "build/app.txt", "app");
        TestFiles.write(workspace, "notes.txt", "notes");

        assertThatThrownBy(() -> scan("dist/**, **/*.txt", "build/, notes.txt", true))
                .isInstanceOf(BundleException.class)
                .hasMessage("Nothing to bundle in '" + workspace + "': 'dist/**' matched no file; '**/*.txt' matched"
                        + " only excluded files. Patterns are relative to that folder and use '/', for example"
                        + " 'target/*.jar' or 'deploy/**': check the includes and the excludes 'build/, notes.txt'"
                        + " (the default excludes leave out version control files) against the folder's contents.");
        assertThatThrownBy(() -> scan("**/app.txt", "build/", true))
                .hasMessageContaining("'**/app.txt' can only match in excluded folders ('build')");
        assertThatThrownBy(() -> scan(null, "**/*.txt", false))
                .hasMessageContaining("every file is excluded")
                .hasMessageContaining("the excludes '**/*.txt'");
    }

    @Test
    void shouldExplainAnEmptyFolder() throws IOException {
        TestFiles.write(workspace, ".git/HEAD", "ref: refs/heads/main");

        assertThatThrownBy(() -> scan(null, null, true))
                .isInstanceOf(BundleException.class)
                .hasMessage("Nothing to bundle: the source folder '" + workspace + "' has no files outside the"
                        + " excluded folders ('.git'). Check the source folder and the excludes, and that the build"
                        + " wrote its output there.");
    }

    @Test
    void shouldReportNamesDifferingOnlyInCase() throws IOException {
        TestFiles.write(workspace, "Docs/guide.md", "guide");
        TestFiles.write(workspace, "docs/index.md", "index");
        TestFiles.write(workspace, "README.md", "readme");
        TestFiles.write(workspace, "readme.md", "readme");

        assertThatThrownBy(() -> scan(null, null, true))
                .isInstanceOf(BundleException.class)
                .satisfies(e -> assertThat(((BundleException) e).getProblems())
                        .containsExactly(
                                "'Docs' and 'docs' differ only in case: unpacked on a case-insensitive file system"
                                        + " (Windows, or macOS by default) one would overwrite or merge into the"
                                        + " other. Rename one of them, or exclude one.",
                                "'README.md' and 'readme.md' differ only in case: unpacked on a case-insensitive"
                                        + " file system (Windows, or macOS by default) one would overwrite or merge"
                                        + " into the other. Rename one of them, or exclude one."));
    }

    @Test
    void shouldRefuseInvalidSettingsBeforeScanning() {
        assertThatThrownBy(() -> new WorkspaceScanner(
                                BundleSpec.of(workspace.resolve("nope"), "/abs", null, true, BundleFormat.ZIP))
                        .scan())
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("'source': The source folder")
                .hasMessageContaining("'includes': '/abs' is an absolute path");
    }
}
