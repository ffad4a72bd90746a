package io.jenkins.plugins.canarydeploy.push;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.s3.Encryption;
import io.jenkins.plugins.canarydeploy.s3.KeyTemplate;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the bundle goes: bucket, key naming (template, prefix, content-addressed) and server-side encryption.
 * Encryption is kept as its field text so that the options stay plainly serializable.
 */
public record TargetOptions(
        String bucket, String prefix, String keyTemplate, boolean contentAddressed, String encryption, String kmsKeyId)
        implements Serializable {

    /** Checks the fields' text, naming each bad one ("bucket", "keyTemplate", "encryption", "kmsKeyId"). */
    public static Problems check(
            @CheckForNull String bucket,
            @CheckForNull String keyTemplate,
            @CheckForNull String encryption,
            @CheckForNull String kmsKeyId) {
        Problems problems = new Problems()
                .add("bucket", S3Revision.bucket(bucket))
                .add("keyTemplate", KeyTemplate.check(keyTemplate))
                .add(
                        "encryption",
                        encryptionType(encryption).isPresent()
                                ? Optional.empty()
                                : Optional.of("'" + Texts.strip(encryption)
                                        + "' is not a server-side encryption: use AES256 or aws:kms,"
                                        + " or leave it empty for the bucket's default."));
        encryptionType(encryption).ifPresent(type -> problems.add("kmsKeyId", Encryption.kmsKeyId(type, kmsKeyId)));
        return problems;
    }

    /** The key template to use: the given one, or the default of the naming mode. */
    public KeyTemplate template() {
        if (!keyTemplate.isEmpty()) {
            return KeyTemplate.of(keyTemplate);
        }
        return KeyTemplate.of(contentAddressed ? KeyTemplate.CONTENT_ADDRESSED : KeyTemplate.PER_BUILD);
    }

    public Encryption sdkEncryption() {
        Encryption.Type type = encryptionType(encryption).orElse(Encryption.Type.NONE);
        return new Encryption(type, type == Encryption.Type.KMS ? Texts.trimToNull(kmsKeyId) : null);
    }

    static Optional<Encryption.Type> encryptionType(@CheckForNull String text) {
        String value = Texts.strip(text).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "none" -> Optional.of(Encryption.Type.NONE);
            case "aes256", "sse-s3" -> Optional.of(Encryption.Type.AES256);
            case "aws:kms", "kms", "sse-kms" -> Optional.of(Encryption.Type.KMS);
            default -> Optional.empty();
        };
    }
}
