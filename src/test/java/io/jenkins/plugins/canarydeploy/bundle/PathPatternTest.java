package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathPatternTest {
    @Test
    void shouldMatchAntStyle() {
        assertThat(PathPattern.compile("**/*.jar").matches("app.jar")).isTrue();
        assertThat(PathPattern.compile("**/*.jar").matches("lib/deep/app.jar")).isTrue();
        assertThat(PathPattern.compile("lib/*.jar").matches("lib/deep/app.jar")).isFalse();
        assertThat(PathPattern.compile("lib/**/app.jar").matches("lib/app.jar")).isTrue();
        assertThat(PathPattern.compile("scripts/?.sh").matches("scripts/a.sh")).isTrue();
        assertThat(PathPattern.compile("scripts/?.sh").matches("scripts/ab.sh")).isFalse();
        assertThat(PathPattern.compile("appspec.yml").matches("sub/appspec.yml"))
                .isFalse();
        assertThat(PathPattern.compile("*").matches("a/b")).isFalse();
        assertThat(PathPattern.compile("**").matches("a/b")).isTrue();
        assertThat(PathPattern.compile("a*b*c").matches("aXXbYYc")).isTrue();
        assertThat(PathPattern.compile("a*b*c").matches("aXXbYY")).isFalse();
        assertThat(PathPattern.compile("Docs/**").matches("docs/x"))
                .as("case-sensitive")
                .isFalse();
    }

    @Test
    void shouldTreatATrailingSlashAsEverythingInside() {
        PathPattern pattern = PathPattern.compile("dist/");
        assertThat(pattern.matches("dist/a/b.js")).isTrue();
        assertThat(pattern.matches("dist"))
                .as("as in Ant, '**' matches no folder too")
                .isTrue();
        assertThat(pattern.matches("distribution/a.js")).isFalse();
        assertThat(PathPattern.compile(".\\dist\\*.js").matches("dist/a.js")).isTrue();
    }

    @Test
    void shouldTellWhichFoldersToSearchAndWhichToSkipWhole() {
        assertThat(PathPattern.compile("dist/*.jar").couldMatchInside("dist")).isTrue();
        assertThat(PathPattern.compile("dist/*.jar").couldMatchInside("dist/sub"))
                .isFalse();
        assertThat(PathPattern.compile("dist/*.jar").couldMatchInside("src")).isFalse();
        assertThat(PathPattern.compile("**/*.jar").couldMatchInside("any/where"))
                .isTrue();
        assertThat(PathPattern.compile("appspec.yml").couldMatchInside("sub")).isFalse();

        assertThat(PathPattern.compile("**/.git/**").matchesAllInside("a/.git")).isTrue();
        assertThat(PathPattern.compile("**/.git/**").matchesAllInside("a/.git/objects"))
                .isTrue();
        assertThat(PathPattern.compile("**/.git").matchesAllInside(".git")).isFalse();
        assertThat(PathPattern.compile("build/**").matchesAllInside("build")).isTrue();
        assertThat(PathPattern.compile("build/**/*.o").matchesAllInside("build"))
                .isFalse();
    }

    @Test
    void shouldSplitListsAndNameBadPatterns() {
        assertThat(PathPatterns.split(" dist/**, appspec.yml,\nscripts/* ,, "))
                .containsExactly("dist/**", "appspec.yml", "scripts/*");
        assertThat(PathPatterns.problems(List.of("/etc/**")))
                .hasValueSatisfying(m -> assertThat(m).contains("'/etc/**' is an absolute path"));
        assertThat(PathPatterns.problems(List.of("C:\\build\\*")))
                .hasValueSatisfying(m -> assertThat(m).contains("absolute path"));
        assertThat(PathPatterns.problems(List.of("../other/**")))
                .hasValueSatisfying(m -> assertThat(m).contains("leaves the source folder"));
        assertThat(PathPatterns.problems(List.of("**/*.jar", "a/../b"))).isPresent();
        assertThat(PathPatterns.problems(List.of("**/*.jar", "./dist/"))).isEmpty();
    }
}
