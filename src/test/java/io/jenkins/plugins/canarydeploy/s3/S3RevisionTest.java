package io.jenkins.plugins.canarydeploy.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import org.junit.jupiter.api.Test;

class S3RevisionTest {
    @Test
    void shouldNameEveryMissingFieldAndItsFix() {
        assertThat(S3Revision.check(" ", null, "rar").list())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "bucket",
                                "An S3 bucket is required: give the name of the bucket that holds the bundle."),
                        org.assertj.core.groups.Tuple.tuple(
                                "key",
                                "An S3 key is required: give the object key of the bundle, e.g. app/build-42.zip."),
                        org.assertj.core.groups.Tuple.tuple(
                                "bundleType",
                                "'rar' is not a bundle type CodeDeploy knows: use zip, tar or tgz"
                                        + " (YAML or JSON for an AppSpec file alone)."));
    }

    @Test
    void shouldRefuseBucketNamesS3Refuses() {
        assertThat(S3Revision.bucket("My_Bucket"))
                .hasValueSatisfying(m -> assertThat(m).contains("'My_Bucket' is not a valid S3 bucket name"));
        assertThat(S3Revision.bucket("ab")).isPresent();
        assertThat(S3Revision.bucket("a..b")).isPresent();
        assertThat(S3Revision.bucket("milestone3shraddha")).isEmpty();
        assertThat(S3Revision.bucket("releases.example-1")).isEmpty();
    }

    @Test
    void shouldTakeTheBundleTypeFromTheKey() {
        assertThat(S3Revision.bundleTypeOf("app/build-1.tar.gz")).isEqualTo("tgz");
        assertThat(S3Revision.bundleTypeOf("app/build-1.TGZ")).isEqualTo("tgz");
        assertThat(S3Revision.bundleTypeOf("app/build-1.tar")).isEqualTo("tar");
        assertThat(S3Revision.bundleTypeOf("app/build-1.zip")).isEqualTo("zip");
        assertThat(S3Revision.bundleTypeOf("app/build-1")).isEqualTo("zip");
    }

    @Test
    void shouldDescribeItsLocation() {
        assertThat(new S3Revision("releases", "app/b.zip", "zip", null, null).location())
                .isEqualTo("s3://releases/app/b.zip");
    }
}
