package io.jenkins.plugins.canarydeploy.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadTargetTest {
    @Test
    void shouldNameEveryBadFieldAndItsFix() {
        UploadTarget target = new UploadTarget(
                "ab", "/app.zip", "application/zip", Map.of("bad name", "x"), Encryption.kms("not a key"));

        assertThat(target.check().list())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        tuple(
                                "bucket",
                                "'ab' is not a valid S3 bucket name: use 3 to 63 lower-case letters, digits, dots or"
                                        + " hyphens, starting and ending with a letter or digit."),
                        tuple("key", "'/app.zip' starts with '/': S3 keys have no leading slash, remove it."),
                        tuple(
                                "kmsKeyId",
                                "'not a key' is not a KMS key id: use a key id (1234abcd-12ab-34cd-56ef-1234567890ab),"
                                        + " a key ARN, an alias such as alias/deploy-bundles or an alias ARN."),
                        tuple(
                                "metadata",
                                "'bad name' is not a valid metadata name: use letters, digits and '-', e.g."
                                        + " build-url."));
    }

    @Test
    void shouldAcceptTheFormsOfKmsKeyIds() {
        assertThat(Encryption.kmsKeyId(Encryption.Type.KMS, "1234abcd-12ab-34cd-56ef-1234567890ab"))
                .isEmpty();
        assertThat(Encryption.kmsKeyId(Encryption.Type.KMS, "mrk-1234abcd12ab34cd56ef1234567890ab"))
                .isEmpty();
        assertThat(Encryption.kmsKeyId(Encryption.Type.KMS, "alias/deploy-bundles"))
                .isEmpty();
        assertThat(Encryption.kmsKeyId(
                        Encryption.Type.KMS,
                        "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
                .isEmpty();
        assertThat(Encryption.kmsKeyId(Encryption.Type.KMS, " ")).isEmpty();
        assertThat(Encryption.kmsKeyId(Encryption.Type.AES256, "alias/deploy-bundles"))
                .hasValue("A KMS key id only applies to SSE-KMS encryption: choose KMS encryption or clear the key"
                        + " id.");
    }

    @Test
    void shouldRequireAKeyAndKeepItWithinWhatS3Allows() {
        assertThat(UploadTarget.key(" "))
                .hasValueSatisfying(message -> assertThat(message).startsWith("An S3 key is required"));
        assertThat(UploadTarget.key("a/" + "x".repeat(1023)))
                .hasValueSatisfying(
                        message -> assertThat(message).contains("1025 bytes long in UTF-8, S3 allows at most 1024"));
        assertThat(UploadTarget.key("a/" + "x".repeat(1022))).isEmpty();
        assertThat(UploadTarget.key("app/")).isPresent();
        assertThat(UploadTarget.key("app/./b.zip")).isPresent();
    }

    @Test
    void shouldLimitUserMetadataToTwoKilobytes() {
        assertThat(UploadTarget.metadata(Map.of("notes", "x".repeat(2043)))).isEmpty();
        assertThat(UploadTarget.metadata(Map.of("notes", "x".repeat(2044))))
                .hasValueSatisfying(
                        message -> assertThat(message)
                                .isEqualTo(
                                        "The user metadata takes 2049 bytes, S3 allows at most 2048: leave out or shorten entries."));
    }

    @Test
    void shouldTakeTheContentTypeFromTheKey() {
        assertThat(UploadTarget.of("bucket", "a/b.zip").contentType()).isEqualTo("application/zip");
        assertThat(UploadTarget.of("bucket", "a/b.tar").contentType()).isEqualTo("application/x-tar");
        assertThat(UploadTarget.of("bucket", "a/b.tar.gz").contentType()).isEqualTo("application/gzip");
        assertThat(UploadTarget.of("bucket", "a/b.TGZ").contentType()).isEqualTo("application/gzip");
        assertThat(UploadTarget.of("bucket", "a/appspec.yml").contentType()).isEqualTo("application/octet-stream");
        assertThat(UploadTarget.of("bucket", "a/b.zip").location()).isEqualTo("s3://bucket/a/b.zip");
    }
}
