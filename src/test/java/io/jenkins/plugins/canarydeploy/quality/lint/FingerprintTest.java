package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {
    private final Fingerprint fingerprint = new Fingerprint();

    @Test
    void shouldIgnoreNumbersInMessagesAndWhiteSpaceInCode() {
        long before = fingerprint.of("a.py", "Convention", "line-too-long", "Line too long (105/100)", "  x = 1");
        long after = fingerprint.of("a.py", "Convention", "line-too-long", "Line too long (112/100)", "x  =  1 ");

        assertThat(after).isEqualTo(before);
        assertThat(Fingerprint.normalizedMessage("Reimport 'os' (line 12)")).isEqualTo("Reimport 'os' (line #)");
    }

    @Test
    void shouldTellIssuesApartByFileTypeMessageAndFlaggedCode() {
        long issue =
                fingerprint.of("a.py", "Convention", "missing-function-docstring", "Missing docstring", "def a():");

        assertThat(fingerprint.of("b.py", "Convention", "missing-function-docstring", "Missing docstring", "def a():"))
                .isNotEqualTo(issue);
        assertThat(fingerprint.of("a.py", "Convention", "missing-class-docstring", "Missing docstring", "def a():"))
                .isNotEqualTo(issue);
        assertThat(fingerprint.of("a.py", "Convention", "missing-function-docstring", "Missing docstring", "def b():"))
                .isNotEqualTo(issue);
        assertThat(fingerprint.of("a.py", "Convention", "missing-function-docstring", "Missing docstring", "def a():"))
                .isEqualTo(issue);
    }
}
