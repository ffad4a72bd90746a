package io.jenkins.plugins.canarydeploy.quality;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.bundle.PathPatterns;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds report files in a folder by Ant patterns (comma- or line-separated, relative to the folder). Never follows
 * links out of the folder: links to folders are not entered, and a link to a file is read only when its target is
 * inside the folder; others are skipped with a note. Runs on the agent that holds the workspace.
 */
public final class ReportFinder {
    private final PathPatterns patterns;
    private final String patternText;

    private ReportFinder(String patternText) {
        this.patternText = Texts.strip(patternText);
        this.patterns = new PathPatterns(PathPatterns.split(patternText));
    }

    /** What is wrong with the pattern field, naming the fix; empty when it is fine. */
    public static Optional<String> patternProblem(@CheckForNull String pattern) {
        if (PathPatterns.split(pattern).isEmpty()) {
            return Optional.of("Give an Ant pattern for the report files, relative to the workspace, for example"
                    + " '**/coverage.xml' or 'target/site/jacoco/jacoco.xml'.");
        }
        return PathPatterns.problems(PathPatterns.split(pattern));
    }

    /** The files below {@code folder} that match, sorted by name; fails when none does. */
    public static Found find(Path folder, String pattern) throws IOException {
        Optional<String> problem = patternProblem(pattern);
        if (problem.isPresent()) {
            throw new QualityReportException("'pattern': " + problem.get());
        }
        return new ReportFinder(pattern).search(folder);
    }

    private Found search(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new QualityReportException("Cannot search for reports: the folder '" + folder + "' does not exist.");
        }
        Path root = folder.toRealPath();
        List<ReportFile> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(root) || patterns.anyCouldMatchInside(relative(root, dir))
                        ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = relative(root, file);
                if (patterns.anyMatches(name)) {
                    accept(root, file, name, attributes, files, notes);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                notes.add("Skipped '" + relative(root, file) + "': it cannot be read ("
                        + e.getClass().getSimpleName() + "). Make it readable for the user the agent runs as.");
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(ReportFile::name));
        if (files.isEmpty()) {
            throw QualityReportException.of(
                    "No report file in '" + folder + "' matches '" + patternText + "'. Check the pattern (relative to"
                            + " the workspace) and that the tool wrote its report before this step.",
                    notes);
        }
        return new Found(List.copyOf(files), List.copyOf(notes));
    }

    private static void accept(
            Path root,
            Path file,
            String name,
            BasicFileAttributes attributes,
            List<ReportFile> files,
            List<String> notes)
            throws IOException {
        if (attributes.isRegularFile()) {
            files.add(new ReportFile(name, file, attributes.size()));
        } else if (attributes.isSymbolicLink()) {
            Optional<Path> target = target(file);
            if (target.isPresent() && target.get().startsWith(root) && Files.isRegularFile(target.get())) {
                files.add(new ReportFile(name, target.get(), Files.size(target.get())));
            } else {
                notes.add("Skipped '" + name + "': it is a link to something outside the workspace, or to no"
                        + " file. Reports are read only from inside the workspace.");
            }
        }
    }

    private static Optional<Path> target(Path link) {
        try {
            return Optional.of(link.toRealPath());
        } catch (IOException e) {
            return Optional.empty(); // a dangling link
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    /**
     * The report files found, sorted by name, and notes on matching files that were skipped.
     *
     * @param files the files to read
     * @param notes why some matching paths were not taken, for the build log
     */
    public record Found(List<ReportFile> files, List<String> notes) {}
}
