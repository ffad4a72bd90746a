package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintToolsTest {
    private final LintTools tools = LintTools.registry();

    @Test
    void shouldKnowTheToolsOfTheIssue() {
        for (String id : List.of("pylint", "flake8", "checkstyle", "pmd", "spotbugs", "eslint", "sarif")) {
            assertThat(tools.contains(id)).as(id).isTrue();
            assertThat(tools.idProblem(id)).as(id).isEmpty();
        }
        assertThat(tools.name("pylint")).isEqualTo("Pylint");
        assertThat(tools.choices()).hasSizeGreaterThan(100).contains(new LintTools.ToolChoice("flake8", "Flake8"));
    }

    @Test
    void shouldSuggestCloseIdsForAnUnknownOne() {
        assertThat(tools.closeIds("pylnt")).startsWith("pylint");
        assertThat(tools.closeIds("Checkstyle")).startsWith("checkstyle");
        assertThat(tools.closeIds("spotbug")).startsWith("spotbugs");
        assertThat(tools.closeIds("flake")).startsWith("flake8");
        assertThat(tools.closeIds("ESLint")).startsWith("eslint");
        assertThat(tools.idProblem("pylnt"))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("Unknown tool id 'pylnt'. Did you mean 'pylint'")
                        .contains("tools known"));
    }

    @Test
    void shouldGiveExamplesWhenNothingIsClose() {
        assertThat(tools.idProblem("no-such-linter-at-all"))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("Unknown tool id 'no-such-linter-at-all'. Use an analysis-model parser id, for"
                                + " example 'pylint', 'flake8'"));
        assertThat(tools.idProblem(" "))
                .hasValueSatisfying(
                        problem -> assertThat(problem).startsWith("Choose the tool that wrote the reports"));
    }

    @Test
    void shouldCheckPatternsAndListsOfTools() {
        assertThat(LintTool.patternProblem("**/pylint.log, reports/*.txt")).isEmpty();
        assertThat(LintTool.patternProblem("reports/../../etc/passwd"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("leaves the workspace with '..'"));
        assertThat(LintTool.patternProblem("C:\\reports\\pylint.log"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("is an absolute path"));
        assertThat(new LintTool("pylint", " ").check(tools).list())
                .as("pylint has no usual report file")
                .extracting(FieldProblem::field)
                .containsExactly("pattern");

        LintSettings twice = LintSettings.of(new LintTool("pylint", "a.log"), new LintTool("pylint", "b.log"));
        assertThat(twice.check(tools).list())
                .containsExactly(new FieldProblem(
                        "tools",
                        "The tool 'pylint' is listed twice: list it once, with its patterns separated by commas."));
        assertThat(new LintSettings(List.of(), 1, 1).check(tools).list())
                .extracting(FieldProblem::field)
                .containsExactly("tools");
    }
}
