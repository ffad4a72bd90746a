package io.jenkins.plugins.canarydeploy.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A generated workspace like a real deployable one: source text (compresses well) and already-compressed
 * binaries (jar, png, gz: random bytes, which do not compress), plus an appspec.yml. Same seed, same files.
 */
final class MixedWorkspace {
    private static final String[] WORDS = {
        "def",
        "return",
        "self",
        "import",
        "class",
        "flask",
        "redis",
        "bucket",
        "list",
        "render_template",
        "request",
        "session",
        "if",
        "else",
        "for",
        "in",
        "None",
        "True",
        "app.route",
        "user_id",
        "item",
        "db.execute",
        "commit",
        "json",
        "status",
        "error",
        "logger.info",
        "config",
        "=",
        "(",
        ")"
    };
    private static final String[] BINARY_EXTENSIONS = {".jar", ".png", ".gz"};
    private static final int TEXT_FILE_BYTES = 48 * 1024;
    private static final int BINARY_FILE_BYTES = 8 * 1024 * 1024;

    private MixedWorkspace() {}

    /** Writes about {@code textBytes} of source and {@code binaryBytes} of binaries; returns the file count. */
    static int generate(Path root, long textBytes, long binaryBytes, long seed) throws IOException {
        Random random = new Random(seed);
        Files.writeString(
                root.resolve("appspec.yml"),
                "version: 0.0\nos: linux\nfiles:\n" + "  - source: /\n    destination: /srv/app\n");
        int files = 1;
        for (long written = 0; written < textBytes; written += TEXT_FILE_BYTES, files++) {
            Path file = root.resolve("src/module" + files % 64 + "/file" + files + ".py");
            Files.createDirectories(file.getParent());
            Files.writeString(file, sourceText(random, TEXT_FILE_BYTES), StandardCharsets.UTF_8);
        }
        byte[] block = new byte[1024 * 1024];
        for (long written = 0; written < binaryBytes; written += BINARY_FILE_BYTES, files++) {
            Path file = root.resolve("lib/blob" + files + BINARY_EXTENSIONS[files % BINARY_EXTENSIONS.length]);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < BINARY_FILE_BYTES / block.length; i++) {
                    random.nextBytes(block);
                    out.write(block);
                }
            }
        }
        return files;
    }

    private static String sourceText(Random random, int bytes) {
        StringBuilder text = new StringBuilder(bytes + 64);
        while (text.length() < bytes) {
            int words = 3 + random.nextInt(9);
            text.append("    ".repeat(random.nextInt(3)));
            for (int i = 0; i < words; i++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            text.append(random.nextInt(1000)).append('\n');
        }
        return text.toString();
    }
}
