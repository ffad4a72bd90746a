package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how a bundle is stored: bucket, key, content type, user metadata ({@code x-amz-meta-*}, names without
 * the prefix) and server-side encryption.
 */
public record UploadTarget(
        String bucket, String key, String contentType, Map<String, String> metadata, Encryption encryption) {
    /** S3 refuses keys longer than this many bytes in UTF-8. */
    public static final int MAX_KEY_BYTES = 1024;
    /** S3 refuses user metadata larger than this: names and values together, in UTF-8 bytes. */
    public static final int MAX_METADATA_BYTES = 2048;

    private static final Pattern HEADER_TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    public UploadTarget {
        metadata = Map.copyOf(metadata);
    }

    /** A target with the content type taken from the key's extension, no metadata and no explicit encryption. */
    public static UploadTarget of(String bucket, String key) {
        return new UploadTarget(bucket, key, contentTypeOf(key), Map.of(), Encryption.none());
    }

    public UploadTarget withMetadata(Map<String, String> newMetadata) {
        return new UploadTarget(bucket, key, contentType, newMetadata, encryption);
    }

    public UploadTarget withEncryption(Encryption newEncryption) {
        return new UploadTarget(bucket, key, contentType, metadata, newEncryption);
    }

    /** Checks every field, naming each bad one and how to fix it. */
    public Problems check() {
        return new Problems()
                .add("bucket", S3Revision.bucket(bucket))
                .add("key", key(key))
                .add("kmsKeyId", Encryption.kmsKeyId(encryption.type(), encryption.kmsKeyId()))
                .add("metadata", metadata(metadata));
    }

    /** Checks an object key as this plugin writes it: no leading '/', no empty, '.' or '..' segments. */
    public static Optional<String> key(@CheckForNull String key) {
        if (Texts.isBlank(key)) {
            return S3Revision.key(key);
        }
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_KEY_BYTES) {
            return Optional.of("The S3 key is " + bytes + " bytes long in UTF-8, S3 allows at most " + MAX_KEY_BYTES
                    + ": shorten the prefix or the key template.");
        }
        if (key.startsWith("/")) {
            return Optional.of("'" + key + "' starts with '/': S3 keys have no leading slash, remove it.");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.of("'" + key + "' has an empty, '.' or '..' path segment: remove doubled or trailing"
                        + " slashes and relative segments.");
            }
        }
        return Optional.empty();
    }

    /** Checks user metadata names (HTTP header tokens) and the total size S3 allows. */
    public static Optional<String> metadata(Map<String, String> metadata) {
        int bytes = 0;
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (!HEADER_TOKEN.matcher(entry.getKey()).matches()) {
                return Optional.of("'" + entry.getKey() + "' is not a valid metadata name: use letters, digits and"
                        + " '-', e.g. build-url.");
            }
            bytes += entry.getKey().getBytes(StandardCharsets.UTF_8).length
                    + entry.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > MAX_METADATA_BYTES) {
            return Optional.of("The user metadata takes " + bytes + " bytes, S3 allows at most " + MAX_METADATA_BYTES
                    + ": leave out or shorten entries.");
        }
        return Optional.empty();
    }

    /** The content type for a bundle's key: zip, tar or gzip by extension, otherwise generic binary. */
    public static String contentTypeOf(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return "application/zip";
        }
        if (lower.endsWith(".tar")) {
            return "application/x-tar";
        }
        if (lower.endsWith(".tgz") || lower.endsWith(".gz")) {
            return "application/gzip";
        }
        return "application/octet-stream";
    }

    public String location() {
        return "s3://" + bucket + "/" + key;
    }
}
