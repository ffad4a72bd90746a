package io.jenkins.plugins.canarydeploy.bundle;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks the AppSpec file of a bundle before anything is uploaded, so that mistakes the CodeDeploy agent would
 * report late, on every instance, fail the build instead: where the file is, whether it is valid YAML, and the
 * rules of the compute platform. Each problem names the file, the line and the fix.
 */
public final class AppSpecCheck {
    /** Reads the content of a file entry of the bundle. */
    @FunctionalInterface
    public interface ContentReader {
        byte[] read(BundleEntry file) throws IOException;
    }

    private final ComputePlatform platform;
    private final BundleFormat format;
    private final ContentReader reader;

    /** A check reading the AppSpec file from the workspace. */
    public AppSpecCheck(ComputePlatform platform, BundleFormat format) {
        this(platform, format, FileContent::readAll);
    }

    public AppSpecCheck(ComputePlatform platform, BundleFormat format, ContentReader reader) {
        this.platform = platform;
        this.format = format;
        this.reader = reader;
    }

    /** The problems of the bundle made of these entries; none when it is fine. */
    public List<AppSpecProblem> check(List<BundleEntry> entries) throws IOException {
        BundleIndex index = new BundleIndex(entries);
        List<String> atRoot = platform.appSpecNames().stream()
                .filter(name -> index.file(name).isPresent())
                .toList();
        if (atRoot.isEmpty()) {
            return List.of(missing(index));
        }
        Findings findings = new Findings(atRoot.get(0));
        if (atRoot.size() > 1) {
            findings.add(
                    0,
                    "both " + String.join(" and ", atRoot) + " are at the bundle root: keep only one, so"
                            + " that there is no doubt which one CodeDeploy reads.");
        }
        Optional<BundleEntry> file = index.file(atRoot.get(0));
        Optional<YamlMap> root =
                file.isEmpty() ? Optional.empty() : AppSpecYaml.parse(reader.read(file.get()), findings);
        if (root.isPresent() && platform == ComputePlatform.SERVER) {
            new ServerAppSpecRules(index, findings, format).check(root.get());
        } else if (root.isPresent()) {
            new ServerlessAppSpecRules(platform, findings).check(root.get());
        }
        return findings.list();
    }

    /** Where an AppSpec file was found instead, if anywhere, and what to do. */
    private AppSpecProblem missing(BundleIndex index) {
        String expected = platform.appSpecNames().get(0);
        List<String> names = platform.appSpecNames();
        List<String> elsewhere = index.entries().stream()
                .map(BundleEntry::path)
                .filter(path -> names.contains(fileName(path).toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt((String path) -> path.split("/").length)
                        .thenComparing(path -> path))
                .toList();
        String where = "No " + expected + " at the root of the bundle";
        if (elsewhere.isEmpty()) {
            return new AppSpecProblem(
                    expected,
                    0,
                    where + ": CodeDeploy needs its AppSpec file there ("
                            + String.join(" or ", names)
                            + "). Add it to the source folder, or check the source folder and"
                            + " the includes (the bundle has " + index.entries().size() + " entries).");
        }
        String found = elsewhere.get(0);
        if (names.contains(found)) {
            return new AppSpecProblem(
                    found,
                    0,
                    "'" + found + "' is a symbolic link to something that is not a file"
                            + " in the bundle: replace the link with the file itself.");
        }
        if (!found.contains("/")) {
            return new AppSpecProblem(
                    found,
                    0,
                    where + ", but there is '" + found + "': the name is case-sensitive" + " on Linux, rename it to "
                            + expected + ".");
        }
        String folder = found.substring(0, found.lastIndexOf('/'));
        String others = elsewhere.size() > 1
                ? " (also found: " + elsewhere.stream().skip(1).limit(5).collect(Collectors.joining(", ")) + ")"
                : "";
        return new AppSpecProblem(
                found,
                0,
                where + ", but '" + found + "' is in the bundle" + others
                        + ". CodeDeploy reads the AppSpec file only at the root: set the source folder to '" + folder
                        + "' so that it becomes the bundle root, or move the file to the root of the source folder.");
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
