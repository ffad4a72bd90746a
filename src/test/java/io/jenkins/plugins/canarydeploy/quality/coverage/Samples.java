package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample reports under src/test/resources (see the README there), copied into a test's workspace. */
final class Samples {
    private Samples() {}

    /** Copies the named samples into {@code folder} (created if needed) and returns it. */
    static Path copy(Path folder, String... names) {
        try {
            Files.createDirectories(folder);
            for (String name : names) {
                try (InputStream in = Samples.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalArgumentException("No sample report " + name);
                    }
                    Files.copy(in, folder.resolve(name));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
