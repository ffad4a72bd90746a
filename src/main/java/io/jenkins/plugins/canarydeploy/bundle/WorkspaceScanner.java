package io.jenkins.plugins.canarydeploy.bundle;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lists what a {@link BundleSpec} selects in its folder, sorted by path: regular files and symbolic links, never
 * following links. Fails with every problem found (links pointing outside the folder, unreadable files, names
 * differing only in case, an empty selection), each with its fix.
 */
public final class WorkspaceScanner {
    private final BundleSpec spec;

    public WorkspaceScanner(BundleSpec spec) {
        this.spec = spec;
    }

    public List<BundleEntry> scan() throws IOException {
        List<FieldProblem> invalid = spec.check().list();
        if (!invalid.isEmpty()) {
            throw BundleException.of(
                    "The bundle settings are invalid:",
                    invalid.stream().map(FieldProblem::describe).toList());
        }
        EntryInspector inspector = new EntryInspector(spec.root());
        PatternUse patterns = new PatternUse(spec);
        List<BundleEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(inspector.root());
        while (!folders.isEmpty()) {
            Path folder = folders.pop();
            for (Path child : children(folder, inspector.root(), problems)) {
                String path = relative(inspector.root(), child);
                BasicFileAttributes attributes;
                try {
                    attributes = inspector.attributes(child);
                } catch (NoSuchFileException e) {
                    continue; // deleted since the folder was listed: not part of the bundle
                }
                if (attributes.isDirectory()) {
                    if (patterns.searches(path)) {
                        folders.push(child);
                    }
                } else if (patterns.selects(path)) {
                    try {
                        entries.add(inspector.inspect(child, path, attributes));
                    } catch (BundleException e) {
                        problems.addAll(e.getProblems());
                    }
                }
            }
        }
        List<BundleEntry> sorted = PathOrder.sorted(entries);
        problems.sort(PathOrder.PATHS);
        problems.addAll(CaseCollisions.find(sorted));
        if (!problems.isEmpty()) {
            throw BundleException.of("Cannot bundle '" + inspector.root() + "':", problems);
        }
        if (sorted.isEmpty()) {
            throw patterns.nothingSelected(inspector.root().toString());
        }
        return sorted;
    }

    private static List<Path> children(Path folder, Path root, List<String> problems) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (NoSuchFileException e) {
            return children; // deleted since its parent was listed
        } catch (AccessDeniedException e) {
            String path = relative(root, folder);
            problems.add("Cannot read the folder '" + path + "': the user the agent runs as has no permission to"
                    + " list it. Make it readable (for example chmod a+rx), or exclude it (add '" + path
                    + "/**' to the excludes).");
        }
        return children;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
