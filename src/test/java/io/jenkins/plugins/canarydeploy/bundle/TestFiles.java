package io.jenkins.plugins.canarydeploy.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

/** Creates real files, modes and links in a test folder. */
final class TestFiles {
    private TestFiles() {}

    static Path write(Path root, String path, String content) throws IOException {
        return write(root, path, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path root, String path, byte[] content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    static Path executable(Path root, String path, String content) throws IOException {
        return chmod(write(root, path, content), "rwxr-xr-x");
    }

    static Path chmod(Path file, String permissions) throws IOException {
        return Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    }

    static Path link(Path root, String path, String target) throws IOException {
        Path link = root.resolve(path);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, Paths.get(target));
    }

    /** Bytes that do not compress. */
    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Text that compresses well, different for each seed. */
    static byte[] text(int size, long seed) {
        StringBuilder text = new StringBuilder(size + 64);
        Random random = new Random(seed);
        while (text.length() < size) {
            text.append("line ").append(random.nextInt(1000)).append(" of a log file\n");
        }
        return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    /** Sets every file's timestamp, as a fresh checkout or build would change it. */
    static void touchAll(Path root, long millis) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!Files.isSymbolicLink(file)) {
                    Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
                }
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
