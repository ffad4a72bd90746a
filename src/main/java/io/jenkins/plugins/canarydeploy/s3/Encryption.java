package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Server-side encryption asked for when the object is written: none (the bucket's default applies), SSE-S3
 * ({@code AES256}) or SSE-KMS with an optional key (the account's AWS managed key when absent).
 */
public record Encryption(Type type, @CheckForNull String kmsKeyId) {
    public enum Type {
        NONE,
        AES256,
        KMS
    }

    /** Key id, key ARN, alias name or alias ARN, as S3 accepts them in x-amz-server-side-encryption-aws-kms-key-id. */
    private static final Pattern KMS_KEY = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
            + "|mrk-[0-9a-fA-F]{32}"
            + "|alias/[A-Za-z0-9/_-]{1,250}"
            + "|arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key/[A-Za-z0-9-]+|alias/[A-Za-z0-9/_-]{1,250})");

    public Encryption {
        kmsKeyId = Texts.trimToNull(kmsKeyId);
    }

    public static Encryption none() {
        return new Encryption(Type.NONE, null);
    }

    public static Encryption aes256() {
        return new Encryption(Type.AES256, null);
    }

    /** SSE-KMS; a blank key id means the AWS managed key {@code aws/s3}. */
    public static Encryption kms(@CheckForNull String kmsKeyId) {
        return new Encryption(Type.KMS, kmsKeyId);
    }

    /** Checks the KMS key id for the chosen type, naming the fix. */
    public static Optional<String> kmsKeyId(Type type, @CheckForNull String kmsKeyId) {
        String value = Texts.trimToNull(kmsKeyId);
        if (value == null) {
            return Optional.empty();
        }
        if (type != Type.KMS) {
            return Optional.of(
                    "A KMS key id only applies to SSE-KMS encryption: choose KMS encryption or clear" + " the key id.");
        }
        if (!KMS_KEY.matcher(value).matches()) {
            return Optional.of("'" + value + "' is not a KMS key id: use a key id (1234abcd-12ab-34cd-56ef-"
                    + "1234567890ab), a key ARN, an alias such as alias/deploy-bundles or an alias ARN.");
        }
        return Optional.empty();
    }

    /** S3 returns the MD5 of the content as the ETag unless the object is encrypted with a KMS key. */
    boolean eTagIsMd5() {
        return type != Type.KMS;
    }
}
