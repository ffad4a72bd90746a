package io.jenkins.plugins.canarydeploy.push;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.bundle.BundleFormat;
import io.jenkins.plugins.canarydeploy.bundle.BundleSpec;
import io.jenkins.plugins.canarydeploy.bundle.ComputePlatform;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to bundle, as the step's fields say it: a folder of the workspace, patterns, format, and how to check the
 * AppSpec file. Travels to the agent, where {@link #spec(Path)} resolves the folder in the workspace.
 */
public record BundleOptions(
        String source,
        String includes,
        String excludes,
        boolean defaultExcludes,
        BundleFormat format,
        ComputePlatform platform,
        boolean checkAppSpec)
        implements Serializable {

    /** Checks the fields' text, naming each bad one ("source", "includes", "excludes", "format", ...). */
    public static Problems check(
            @CheckForNull String source,
            @CheckForNull String includes,
            @CheckForNull String excludes,
            @CheckForNull String format,
            @CheckForNull String platform) {
        return BundleSpec.check(source, includes, excludes, format).add("computePlatform", platform(platform));
    }

    public static Optional<String> platform(@CheckForNull String platform) {
        if (Texts.isBlank(platform) || ComputePlatform.fromText(platform).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(platform) + "' is not a CodeDeploy compute platform: use Server"
                + " (EC2/on-premises), Lambda or ECS.");
    }

    /** The bundle spec for a workspace on this machine. */
    public BundleSpec spec(Path workspace) {
        Path root = source.isEmpty() ? workspace : workspace.resolve(source).normalize();
        return BundleSpec.of(root, includes, excludes, defaultExcludes, format);
    }
}
