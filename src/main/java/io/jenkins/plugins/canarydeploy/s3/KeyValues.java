package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;

/**
 * What a {@link KeyTemplate} fills in. Blank values are allowed: a path segment that comes out empty is left
 * out, so an empty prefix does not make a leading slash.
 *
 * @param prefix      leading and trailing slashes are ignored
 * @param job         e.g. the job's full name, folders included
 * @param build       e.g. the build number
 * @param fingerprint hex digest the bundle is known by before it is written (inputs' fingerprint or SHA-256)
 * @param ext         the bundle's extension with its dot, e.g. {@code .zip} or {@code .tar.gz}
 */
public record KeyValues(
        String prefix,
        String job,
        String build,
        @CheckForNull String fingerprint,
        String ext) {
    public KeyValues {
        prefix = Texts.strip(prefix).replaceAll("^/+|/+$", "");
        job = Texts.strip(job);
        build = Texts.strip(build);
        fingerprint = Texts.trimToNull(fingerprint);
        ext = Texts.strip(ext);
    }

    /** The extension for a CodeDeploy bundle type: zip, tar or tgz. */
    public static String extensionOf(String bundleType) {
        return switch (bundleType) {
            case "tar" -> ".tar";
            case "tgz" -> ".tar.gz";
            default -> ".zip";
        };
    }
}
