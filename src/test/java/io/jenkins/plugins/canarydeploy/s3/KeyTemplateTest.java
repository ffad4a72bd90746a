package io.jenkins.plugins.canarydeploy.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import org.junit.jupiter.api.Test;

class KeyTemplateTest {
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void shouldNameAPerBuildKeyByDefault() {
        KeyValues values = new KeyValues("releases", "shop/web", "42", SHA, ".zip");

        assertThat(KeyTemplate.of(null).render(values)).isEqualTo("releases/shop/web/42-9f86d081.zip");
        assertThat(KeyTemplate.of("  ").template()).isEqualTo(KeyTemplate.PER_BUILD);
    }

    @Test
    void shouldNameAContentAddressedKeyByTheFingerprint() {
        KeyValues values = new KeyValues("cas", "ignored", "1", SHA.toUpperCase(java.util.Locale.ROOT), ".tar.gz");

        assertThat(KeyTemplate.of(KeyTemplate.CONTENT_ADDRESSED).render(values)).isEqualTo("cas/" + SHA + ".tar.gz");
    }

    @Test
    void shouldLeaveOutSegmentsOfEmptyValuesAndIgnoreSlashesAroundThePrefix() {
        assertThat(KeyTemplate.of(null).render(new KeyValues("", "web", "7", SHA, ".zip")))
                .isEqualTo("web/7-9f86d081.zip");
        assertThat(KeyTemplate.of(null).render(new KeyValues("/a/b/", "web", "7", SHA, ".tgz")))
                .isEqualTo("a/b/web/7-9f86d081.tgz");
    }

    @Test
    void shouldRefuseUnknownOrUnclosedPlaceholders() {
        assertThat(KeyTemplate.check("${prefix}/${branch}/${build}.zip"))
                .hasValue("'${branch}' is not a placeholder this plugin knows: use ${prefix}, ${job}, ${build},"
                        + " ${fingerprint}, ${sha8}, ${ext}.");
        assertThat(KeyTemplate.check("${prefix}/${build.zip"))
                .hasValueSatisfying(message -> assertThat(message).contains("without a closing '}'"));
        assertThatThrownBy(() -> KeyTemplate.of("${nope}"))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("keyTemplate"));
        assertThat(KeyTemplate.check(KeyTemplate.PER_BUILD)).isEmpty();
    }

    @Test
    void shouldRefuseLeadingSlashesAndEmptySegmentsInTheTemplate() {
        assertThat(KeyTemplate.check("/${job}.zip")).isPresent();
        assertThat(KeyTemplate.check("${prefix}//${job}.zip")).isPresent();
    }

    @Test
    void shouldNeedAHexFingerprintForShaPlaceholders() {
        assertThatThrownBy(() -> KeyTemplate.of(null).render(new KeyValues("p", "j", "1", null, ".zip")))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .singleElement()
                                .satisfies(problem -> assertThat(problem.message())
                                        .contains("uses ${fingerprint} or ${sha8}, which need a hex fingerprint")));
        assertThatThrownBy(() -> KeyTemplate.of(null).render(new KeyValues("p", "j", "1", "xyz", ".zip")))
                .isInstanceOf(InvalidSettingsException.class);
        assertThat(KeyTemplate.of("${job}/${build}${ext}").render(new KeyValues("", "j", "1", null, ".zip")))
                .isEqualTo("j/1.zip");
    }

    @Test
    void shouldRefuseKeysTheValuesMakeInvalid() {
        KeyTemplate template = KeyTemplate.of("${prefix}/${job}-${build}${ext}");

        assertThatThrownBy(() -> template.render(new KeyValues("p", "é".repeat(600), "1", null, ".zip")))
                .hasMessageContaining("bytes long in UTF-8, S3 allows at most 1024");
        assertThatThrownBy(() -> template.render(new KeyValues("p", "a//b", "1", null, ".zip")))
                .hasMessageContaining("has an empty, '.' or '..' path segment");
        assertThatThrownBy(() -> KeyTemplate.of("${job}/x").render(new KeyValues("", "..", "1", null, "")))
                .hasMessageContaining("'../x' has an empty, '.' or '..' path segment");
    }
}
