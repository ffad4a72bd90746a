package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** Checksums in the forms S3 uses: hex MD5 ETags, base64 Content-MD5 and CRC32, multipart ETags. */
final class Digests {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Digests() {}

    static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The ETag S3 gives a multipart object: MD5 over the parts' binary MD5s, a dash and the part count. */
    static String multipartETag(List<byte[]> partMd5s) {
        MessageDigest md5 = newDigest("MD5");
        partMd5s.forEach(md5::update);
        return hex(md5.digest()) + "-" + partMd5s.size();
    }

    /** S3 sends ETags in double quotes; compare and report them without. */
    static String unquote(@CheckForNull String eTag) {
        if (eTag == null) {
            return "";
        }
        String value = eTag.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Objects encrypted with a KMS key have ETags that are not the MD5 of their content. */
    static boolean isKms(@CheckForNull ServerSideEncryption reported) {
        return reported == ServerSideEncryption.AWS_KMS || reported == ServerSideEncryption.AWS_KMS_DSSE;
    }

    /** Lower-case hex SHA-256, or {@code null} when the text is not one. */
    @CheckForNull
    static String normalizeSha256(@CheckForNull String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        return SHA256_HEX.matcher(value).matches() ? value : null;
    }
}
