package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Where issues point to in the workspace: file names relative to it, and the text of flagged source lines for
 * {@link Fingerprint}s. Reads each source file once, only inside the workspace (links leading out are not followed),
 * only up to {@link #MAX_SOURCE_BYTES}, and as UTF-8 with undecodable bytes replaced.
 */
final class SourceContext {
    static final long MAX_SOURCE_BYTES = 8L << 20;

    private final Path root;
    private final Path realRoot;
    private final String rootPrefix;
    private final String realRootPrefix;
    private final Map<String, BitSet> wanted = new HashMap<>();
    private final Map<String, Map<Integer, String>> lines = new HashMap<>();

    SourceContext(Path workspace) throws IOException {
        this.root = workspace.toAbsolutePath().normalize();
        this.realRoot = root.toRealPath();
        this.rootPrefix = slashes(root.toString()) + "/";
        this.realRootPrefix = slashes(realRoot.toString()) + "/";
    }

    /** The file relative to the workspace when it lies inside, else as the tool gave it; "" when there is none. */
    String relative(String fileName) {
        String file = slashes(fileName.strip());
        if (file.equals("-")) {
            return "";
        }
        while (file.startsWith("./")) {
            file = file.substring(2);
        }
        if (file.startsWith(rootPrefix)) {
            return file.substring(rootPrefix.length());
        }
        return file.startsWith(realRootPrefix) ? file.substring(realRootPrefix.length()) : file;
    }

    /** Notes that the line of the (relative) file will be asked for, so that each file is read only once. */
    void want(String file, int line) {
        if (line > 0 && !file.isEmpty()) {
            BitSet numbers = wanted.computeIfAbsent(file, unused -> new BitSet());
            if (!numbers.get(line)) {
                numbers.set(line);
                lines.remove(file); // read again, with the new line
            }
        }
    }

    /** Drops the lines read so far, to keep memory low between reports. */
    void forget() {
        wanted.clear();
        lines.clear();
    }

    /** The text of the line, or "" when the file is outside the workspace, unreadable, too large or too short. */
    String line(String file, int line) {
        if (line <= 0 || file.isEmpty()) {
            return "";
        }
        Map<Integer, String> read = lines.computeIfAbsent(file, this::readWantedLines);
        return read.isEmpty() ? "" : read.getOrDefault(line, "");
    }

    private Map<Integer, String> readWantedLines(String file) {
        BitSet numbers = wanted.getOrDefault(file, new BitSet());
        Map<Integer, String> read = new HashMap<>();
        Path source = inside(file);
        if (source == null || numbers.isEmpty()) {
            return read;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Files.newInputStream(source),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            int last = numbers.length() - 1;
            int number = 0;
            String text = reader.readLine();
            while (text != null && ++number <= last) {
                if (numbers.get(number)) {
                    read.put(number, text);
                }
                text = number < last ? reader.readLine() : null;
            }
        } catch (IOException e) {
            read.clear(); // no context: the fingerprint then rests on file, type and message
        }
        return read;
    }

    @CheckForNull
    private Path inside(String file) {
        if (file.startsWith("/") || file.matches("^[A-Za-z]:.*")) {
            return null;
        }
        Path source = root.resolve(file).normalize();
        try {
            Path real = source.toRealPath();
            boolean small =
                    Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) && Files.size(real) <= MAX_SOURCE_BYTES;
            return source.startsWith(root) && real.startsWith(realRoot) && small ? real : null;
        } catch (IOException e) {
            return null; // not there: the tool ran elsewhere, or the file is gone
        }
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
