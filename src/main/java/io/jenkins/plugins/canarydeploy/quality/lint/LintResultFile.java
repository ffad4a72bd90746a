package io.jenkins.plugins.canarydeploy.quality.lint;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Stores a {@link LintResult} as JSON in a file of its own in the build folder (not in build.xml), and reads it
 * back. Writing replaces the file atomically; reading a damaged or unknown file fails with a message naming it.
 * The JSON is written and read with org.json, which analysis-model itself depends on.
 */
public final class LintResultFile {
    /** The file name in the build folder. */
    public static final String FILE_NAME = "canary-deploy-lint.json";

    static final String FORMAT = "canary-deploy-lint";
    static final int VERSION = 1;

    private LintResultFile() {}

    public static void write(LintResult result, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            throw new IOException("Cannot store the lint result as '" + file + "': name a file inside a folder.");
        }
        Path temporary = Files.createTempFile(folder, FILE_NAME, ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                LintResultJson.write(result, writer);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** @throws IOException naming the file, if it is missing, damaged, or of another format or version */
    public static LintResult read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return LintResultJson.read(new JSONObject(new JSONTokener(reader)));
        } catch (JSONException | IllegalArgumentException e) {
            throw new IOException(
                    "The lint result '" + file + "' cannot be read (" + ParseErrors.describe(e)
                            + "). It is damaged or was written by another version of the plugin; record the lint results"
                            + " of a new build.",
                    e);
        }
    }
}
