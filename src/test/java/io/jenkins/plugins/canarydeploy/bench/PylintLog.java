package io.jenkins.plugins.canarydeploy.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large pylint log in the format of the README's Jenkinsfile ({@code --msg-template='{path}:{line}:
 * [{msg_id}({symbol}), {obj}] {msg}'}), with the messages pylint 2.16 wrote for the committed sample, spread over
 * many modules, a "************* Module" header per module as pylint writes it.
 */
final class PylintLog {
    private static final String[] MESSAGES = {
        "C0114(missing-module-docstring), ] Missing module docstring",
        "C0116(missing-function-docstring), %s] Missing function or method docstring",
        "C0103(invalid-name), %s] Variable name \"f\" doesn't conform to snake_case naming style",
        "W1514(unspecified-encoding), %s] Using open without explicitly specifying an encoding",
        "R1732(consider-using-with), %s] Consider using 'with' for resource-allocating operations",
        "W0612(unused-variable), %s] Unused variable 'unused%d'",
        "W0102(dangerous-default-value), %s.__init__] Dangerous default value [] as argument",
        "C0301(line-too-long), ] Line too long (%d/100)",
        "E0401(import-error), ] Unable to import 'bucketlist.app%d'",
        "W0613(unused-argument), %s] Unused argument 'argument_%d'",
    };

    private PylintLog() {}

    /** Writes about {@code bytes} bytes of log; returns the number of issue lines. */
    static int write(Path file, long bytes, long seed) throws IOException {
        Random random = new Random(seed);
        int issues = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int module = 0; written < bytes; module++) {
                String path = "bucketlist/package" + module % 40 + "/module" + module + ".py";
                String header = "************* Module bucketlist.package" + module % 40 + ".module" + module + "\n";
                out.write(header);
                written += header.length();
                for (int i = 0; i < 200 && written < bytes; i++) {
                    String line = path + ":" + (1 + i * 10 + random.nextInt(10)) + ": [" + message(random) + "\n";
                    out.write(line);
                    written += line.length();
                    issues++;
                }
            }
            out.write("\n-----------------------------------\nYour code has been rated at 0.00/10\n\n");
        }
        return issues;
    }

    private static String message(Random random) {
        String template = MESSAGES[random.nextInt(MESSAGES.length)];
        String function = "function_" + random.nextInt(500);
        return template.contains("%s")
                ? String.format(template, function, random.nextInt(200))
                : String.format(template, 100 + random.nextInt(60));
    }
}
