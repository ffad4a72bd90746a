package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bundle stored in S3, as CodeDeploy takes it: bucket, key, bundle type and, to deploy exactly what was pushed,
 * the object's eTag and version id (both optional). A plain class rather than a record: build records (XStream) and
 * Pipeline state cannot restore records.
 */
public final class S3Revision implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String bucket;
    private final String key;
    private final String bundleType;

    @CheckForNull
    private final String eTag;

    @CheckForNull
    private final String version;

    public S3Revision(
            String bucket, String key, String bundleType, @CheckForNull String eTag, @CheckForNull String version) {
        this.bucket = bucket;
        this.key = key;
        this.bundleType = bundleType;
        this.eTag = eTag;
        this.version = version;
    }

    public String bucket() {
        return bucket;
    }

    public String key() {
        return key;
    }

    public String bundleType() {
        return bundleType;
    }

    @CheckForNull
    public String eTag() {
        return eTag;
    }

    @CheckForNull
    public String version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof S3Revision that
                && bucket.equals(that.bucket)
                && key.equals(that.key)
                && bundleType.equals(that.bundleType)
                && Objects.equals(eTag, that.eTag)
                && Objects.equals(version, that.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bucket, key, bundleType, eTag, version);
    }

    @Override
    public String toString() {
        return location() + (version == null ? "" : "?versionId=" + version);
    }

    /** The bundle types CodeDeploy accepts for an S3 revision. */
    public static final Set<String> BUNDLE_TYPES = Set.of("zip", "tar", "tgz", "YAML", "JSON");

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    /** Checks the fields, naming each bad one and how to fix it. */
    public static Problems check(
            @CheckForNull String bucket, @CheckForNull String key, @CheckForNull String bundleType) {
        return new Problems()
                .add("bucket", bucket(bucket))
                .add("key", key(key))
                .add("bundleType", bundleType(bundleType));
    }

    public static Optional<String> bucket(@CheckForNull String bucket) {
        String value = Texts.trimToNull(bucket);
        if (value == null) {
            return Optional.of("An S3 bucket is required: give the name of the bucket that holds the bundle.");
        }
        if (!BUCKET.matcher(value).matches() || value.contains("..")) {
            return Optional.of("'" + value + "' is not a valid S3 bucket name: use 3 to 63 lower-case letters,"
                    + " digits, dots or hyphens, starting and ending with a letter or digit.");
        }
        return Optional.empty();
    }

    public static Optional<String> key(@CheckForNull String key) {
        if (Texts.isBlank(key)) {
            return Optional.of("An S3 key is required: give the object key of the bundle, e.g. app/build-42.zip.");
        }
        return Optional.empty();
    }

    public static Optional<String> bundleType(@CheckForNull String bundleType) {
        String value = Texts.trimToNull(bundleType);
        if (value == null || BUNDLE_TYPES.contains(value)) {
            return Optional.empty();
        }
        return Optional.of("'" + value + "' is not a bundle type CodeDeploy knows: use zip, tar or tgz"
                + " (YAML or JSON for an AppSpec file alone).");
    }

    /** The bundle type from the key's extension, zip when it has none that CodeDeploy knows. */
    public static String bundleTypeOf(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
            return "tgz";
        }
        if (lower.endsWith(".tar")) {
            return "tar";
        }
        return "zip";
    }

    public String location() {
        return "s3://" + bucket + "/" + key;
    }

    /**
     * The revision as the named arguments a deploy step takes in one {@code revision:} argument: bucket, key,
     * bundleType and, when known, etag and version.
     */
    public Map<String, Object> toArguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("bucket", bucket);
        arguments.put("key", key);
        arguments.put("bundleType", bundleType);
        if (eTag != null) {
            arguments.put("etag", eTag);
        }
        if (version != null) {
            arguments.put("version", version);
        }
        return arguments;
    }
}
