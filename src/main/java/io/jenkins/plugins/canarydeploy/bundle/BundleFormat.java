package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The archive formats a bundle can be written in, with the bundle type CodeDeploy expects for each. */
public enum BundleFormat {
    ZIP("zip", ".zip"),
    TGZ("tgz", ".tgz"),
    TAR("tar", ".tar");

    private final String bundleType;
    private final String extension;

    BundleFormat(String bundleType, String extension) {
        this.bundleType = bundleType;
        this.extension = extension;
    }

    /** The value of {@code bundleType} in CodeDeploy's S3 revision location. */
    public String bundleType() {
        return bundleType;
    }

    /** The file name extension, with its dot. */
    public String extension() {
        return extension;
    }

    /** The format named by a bundle type or extension ({@code zip}, {@code tgz}, {@code tar.gz}, {@code tar}). */
    public static Optional<BundleFormat> fromText(@CheckForNull String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        String name = value.startsWith(".") ? value.substring(1) : value;
        if ("tar.gz".equals(name)) {
            return Optional.of(TGZ);
        }
        return Arrays.stream(values())
                .filter(format -> format.bundleType.equals(name))
                .findFirst();
    }
}
