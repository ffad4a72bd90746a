package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.bundle.PathPatterns;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds report files by Ant patterns in a workspace, sorted by path. Never follows a link: a link to a file inside
 * the workspace is read like the file, a link that leads out of it is refused with a message, and linked folders are
 * not searched. Version control folders (Ant's default excludes) are skipped.
 */
final class ReportFinder {
    private static final PathPatterns DEFAULT_EXCLUDES = new PathPatterns(PathPatterns.DEFAULT_EXCLUDES);

    private final Path root;
    private final Path realRoot;

    ReportFinder(Path workspace) throws IOException {
        this.root = workspace.toAbsolutePath().normalize();
        this.realRoot = root.toRealPath();
    }

    /** The files the patterns select, and a message for each link that leads out of the workspace. */
    Found find(String patterns) throws IOException {
        PathPatterns includes = new PathPatterns(PathPatterns.split(patterns));
        List<ReportFile> files = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(root);
        while (!folders.isEmpty()) {
            for (Path child : children(folders.pop(), refused)) {
                String path = relative(child);
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // deleted since the folder was listed
                }
                if (attributes.isDirectory()) {
                    if (includes.anyCouldMatchInside(path) && !DEFAULT_EXCLUDES.anyMatchesAllInside(path)) {
                        folders.push(child);
                    }
                } else if (includes.anyMatches(path) && !DEFAULT_EXCLUDES.anyMatches(path)) {
                    select(child, path, attributes, files, refused);
                }
            }
        }
        files.sort(Comparator.comparing(ReportFile::path));
        refused.sort(Comparator.naturalOrder());
        return new Found(files, refused);
    }

    private void select(
            Path file, String path, BasicFileAttributes attributes, List<ReportFile> files, List<String> refused)
            throws IOException {
        if (attributes.isRegularFile()) {
            files.add(new ReportFile(file, path));
        } else if (attributes.isSymbolicLink()) {
            Path target = realTarget(file);
            if (target != null && target.startsWith(realRoot) && Files.isRegularFile(target)) {
                files.add(new ReportFile(target, path));
            } else {
                refused.add("'" + path + "' is a link that leads out of the workspace (or nowhere), so it is not"
                        + " read: write or copy the report into the workspace instead.");
            }
        }
    }

    @CheckForNull
    private static Path realTarget(Path link) throws IOException {
        try {
            return link.toRealPath();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private List<Path> children(Path folder, List<String> refused) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (NoSuchFileException e) {
            // deleted since its parent was listed
        } catch (AccessDeniedException e) {
            refused.add("The folder '" + relative(folder) + "' cannot be listed: the user the agent runs as has no"
                    + " permission to read it. Make it readable, or write the reports elsewhere.");
        }
        return children;
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    /** A report file: where to read it, and its path relative to the workspace for messages and results. */
    record ReportFile(Path file, String path) {}

    /** The files found, sorted by path, and the links refused. */
    record Found(List<ReportFile> files, List<String> refused) {}
}
