package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What to bundle: a folder of the workspace, which of its files (Ant-style patterns; no includes means every
 * file), whether to leave out version control files (Ant's default excludes), and the archive format.
 *
 * <p>The static checks take the text of the form fields and run wherever the form is; {@link #check()} also looks
 * at the folder itself, so it runs on the agent that holds the workspace.
 */
public record BundleSpec(
        Path root, List<String> includes, List<String> excludes, boolean defaultExcludes, BundleFormat format) {
    public BundleSpec {
        includes = List.copyOf(PathPatterns.clean(includes));
        excludes = List.copyOf(PathPatterns.clean(excludes));
    }

    /** A spec from comma- or line-separated pattern lists. */
    public static BundleSpec of(
            Path root,
            @CheckForNull String includes,
            @CheckForNull String excludes,
            boolean defaultExcludes,
            BundleFormat format) {
        return new BundleSpec(
                root, PathPatterns.split(includes), PathPatterns.split(excludes), defaultExcludes, format);
    }

    /** Checks the form fields "source", "includes", "excludes" and "format", naming each bad one and its fix. */
    public static Problems check(
            @CheckForNull String source,
            @CheckForNull String includes,
            @CheckForNull String excludes,
            @CheckForNull String format) {
        return new Problems()
                .add("source", source(source))
                .add("includes", includes(includes))
                .add("excludes", excludes(excludes))
                .add("format", format(format));
    }

    /** The source folder, relative to the workspace; blank means the workspace itself. */
    public static Optional<String> source(@CheckForNull String source) {
        String value = Texts.trimToNull(source);
        if (value == null) {
            return Optional.empty();
        }
        String path = value.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return Optional.of("'" + value + "' is an absolute path: give the folder relative to the workspace,"
                    + " for example 'build/deploy', or leave it empty for the whole workspace.");
        }
        if (Arrays.asList(path.split("/")).contains("..")) {
            return Optional.of("'" + value + "' leaves the workspace with '..': the bundle can only be made from"
                    + " a folder inside the workspace; copy the files there first.");
        }
        return Optional.empty();
    }

    public static Optional<String> includes(@CheckForNull String includes) {
        return PathPatterns.problems(PathPatterns.split(includes));
    }

    public static Optional<String> excludes(@CheckForNull String excludes) {
        return PathPatterns.problems(PathPatterns.split(excludes));
    }

    public static Optional<String> format(@CheckForNull String format) {
        if (Texts.isBlank(format) || BundleFormat.fromText(format).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(format) + "' is not a bundle format: use zip, tgz or tar"
                + " (zip for Windows instances, whose CodeDeploy agent does not support tar or tgz).");
    }

    /** The checks of the form fields on this spec, plus whether its folder exists. */
    public Problems check() {
        return new Problems()
                .add("source", folder())
                .add("includes", PathPatterns.problems(includes))
                .add("excludes", PathPatterns.problems(excludes));
    }

    private Optional<String> folder() {
        if (Files.isDirectory(root)) {
            return Optional.empty();
        }
        if (Files.exists(root)) {
            return Optional.of("'" + root + "' is a file, not a folder: give the folder that holds the files to"
                    + " bundle (the one with appspec.yml at its top).");
        }
        return Optional.of("The source folder '" + root + "' does not exist on the agent: check the path (relative"
                + " to the workspace) and that an earlier step of the build created it.");
    }

    PathPatterns includePatterns() {
        return new PathPatterns(includes.isEmpty() ? List.of("**") : includes);
    }

    PathPatterns excludePatterns() {
        if (!defaultExcludes) {
            return new PathPatterns(excludes);
        }
        return new PathPatterns(Stream.concat(excludes.stream(), PathPatterns.DEFAULT_EXCLUDES.stream())
                .toList());
    }
}
