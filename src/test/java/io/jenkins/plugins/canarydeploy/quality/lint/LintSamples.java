package io.jenkins.plugins.canarydeploy.quality.lint;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The real reports and sources under src/test/resources/.../quality/lint (see the README there), copied into a
 * temporary workspace. The tools ran in /var/lib/jenkins/workspace/canary-demo; absolute paths in the reports are
 * moved to the temporary workspace, as if the tools had run there.
 */
final class LintSamples {
    static final String ORIGINAL_WORKSPACE = "/var/lib/jenkins/workspace/canary-demo";

    private LintSamples() {}

    /** Build 1 of the sample job: Python, Java and JavaScript sources with the reports of seven tools. */
    static Path workspace(Path target) throws IOException {
        copy(folder("workspace"), target);
        return target;
    }

    /** Build 2: the workspace of build 1 with bucketlist/app.py changed and pylint run again. */
    static Path secondBuild(Path target) throws IOException {
        copy(folder("workspace"), target);
        copy(folder("build2"), target);
        return target;
    }

    static Path file(String name) {
        return folder(name);
    }

    private static Path folder(String name) {
        URL url = Objects.requireNonNull(LintSamples.class.getResource(name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(source)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path copy = target.resolve(source.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(copy);
            } else {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                String moved =
                        text.replace(ORIGINAL_WORKSPACE, target.toAbsolutePath().toString());
                Files.writeString(copy, moved, StandardCharsets.UTF_8);
            }
        }
    }
}
