package io.jenkins.plugins.canarydeploy.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The push as the old CodeDeploy plugin did it, for comparison: the workspace zipped single-threaded with
 * java.util.zip into a temporary file (every entry deflated), then one PutObject of that file.
 */
final class LegacyPush {
    private LegacyPush() {}

    /** Returns the size of the zip that was uploaded. */
    static long push(S3Client s3, String bucket, String key, Path workspace, Path tempDir) throws IOException {
        Path zip = Files.createTempFile(tempDir, "legacy", ".zip");
        try {
            try (OutputStream file = Files.newOutputStream(zip);
                    ZipOutputStream out = new ZipOutputStream(file)) {
                for (Path path : files(workspace)) {
                    out.putNextEntry(
                            new ZipEntry(workspace.relativize(path).toString().replace('\\', '/')));
                    Files.copy(path, out);
                    out.closeEntry();
                }
            }
            s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromFile(zip));
            return Files.size(zip);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
