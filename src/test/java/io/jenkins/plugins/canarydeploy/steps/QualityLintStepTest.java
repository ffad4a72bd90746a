package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.canarydeploy.quality.gate.GateCriticality;
import io.jenkins.plugins.canarydeploy.quality.gate.GateScope;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSettings;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTool;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step's translation into the core settings and gates; the Jenkins side is covered by QualityLintStepITest. */
class QualityLintStepTest {
    @Test
    void shouldTranslateItsFieldsIntoSettingsAndGates() {
        LintToolArgument flake8 = new LintToolArgument(" flake8 ");
        flake8.setPattern(" reports/flake8.txt ");
        QualityLintStep step = new QualityLintStep(List.of(tool("pylint", "**/pylint.log"), flake8));
        step.setMaxRows(50);
        step.setMaxReportMegabytes(10);
        QualityGateArgument newIssues = new QualityGateArgument("issues.new", 0);
        newIssues.setCriticality("failure");
        step.setQualityGates(List.of(newIssues));

        LintSettings settings = step.toSettings();

        assertThat(settings.getTools())
                .extracting(LintTool::getId, LintTool::getPattern)
                .containsExactly(tuple("pylint", "**/pylint.log"), tuple("flake8", "reports/flake8.txt"));
        assertThat(settings.getMaxRows()).isEqualTo(50);
        assertThat(settings.getMaxReportMegabytes()).isEqualTo(10);
        assertThat(step.gates())
                .containsExactly(QualityGate.of(MetricKeys.ISSUES_NEW, GateScope.TOTAL, 0, GateCriticality.FAILURE));
    }

    @Test
    void shouldKeepTheCoreDefaults() {
        LintSettings settings = new QualityLintStep(List.of(tool("pylint", "pylint.log"))).toSettings();

        assertThat(settings.getMaxRows()).isEqualTo(LintSettings.DEFAULT_MAX_ROWS);
        assertThat(settings.getMaxReportMegabytes()).isEqualTo(LintSettings.DEFAULT_MAX_REPORT_MEGABYTES);
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        LintToolArgument outside = new LintToolArgument("flake8");
        outside.setPattern("../reports/flake8.txt");
        QualityLintStep step =
                new QualityLintStep(List.of(new LintToolArgument("pylnt"), outside, tool("flake8", "flake8.txt")));
        step.setMaxRows(0);
        step.setMaxReportMegabytes(0);
        step.setQualityGates(List.of(new QualityGateArgument("coverage.line", 80)));

        assertThatThrownBy(step::toSettings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly(
                                        "tools",
                                        "maxRows",
                                        "maxReportMegabytes",
                                        "tools[0].id",
                                        "tools[1].pattern",
                                        "qualityGates[0].metric"))
                .hasMessageStartingWith("qualityLint has invalid settings: 'tools': The tool 'flake8' is listed twice")
                .hasMessageContaining("'tools[0].id': Unknown tool id 'pylnt'. Did you mean 'pylint'")
                .hasMessageContaining("'qualityGates[0].metric': 'coverage.line' is not a metric of lint results");
    }

    @Test
    void shouldAskForTheReportsOfAToolWithoutUsualReportFile() {
        assertThatThrownBy(() -> new QualityLintStep(List.of(new LintToolArgument("pylint"))).toSettings())
                .hasMessageStartingWith("qualityLint has invalid settings: 'tools[0].pattern': Give an Ant pattern");
    }

    @Test
    void shouldAskForATool() {
        assertThatThrownBy(() -> new QualityLintStep(null).toSettings())
                .hasMessageStartingWith("qualityLint has invalid settings: 'tools': Name at least one tool");
    }

    private static LintToolArgument tool(String id, String pattern) {
        LintToolArgument tool = new LintToolArgument(id);
        tool.setPattern(pattern);
        return tool;
    }
}
