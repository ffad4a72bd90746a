package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageFormat;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageSettings;
import io.jenkins.plugins.canarydeploy.quality.gate.GateCriticality;
import io.jenkins.plugins.canarydeploy.quality.gate.GateScope;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step's translation into the core settings and gates; the Jenkins side is covered by QualityCoverageStepITest. */
class QualityCoverageStepTest {
    @Test
    void shouldTranslateItsFieldsIntoSettingsAndGates() {
        QualityCoverageStep step = new QualityCoverageStep(" target/site/jacoco/jacoco.xml ");
        step.setFormat("jacoco");
        step.setMaxReportMegabytes(20);
        step.setSkipBadReports(true);
        QualityGateArgument branch = new QualityGateArgument("coverage.branch", -1);
        branch.setScope("delta");
        branch.setCriticality("failure");
        step.setQualityGates(List.of(new QualityGateArgument("coverage.line", 80), branch));

        CoverageSettings settings = step.toSettings();

        assertThat(settings.getPattern()).isEqualTo("target/site/jacoco/jacoco.xml");
        assertThat(settings.getFormat()).isEqualTo(CoverageFormat.JACOCO);
        assertThat(settings.getMaxReportMegabytes()).isEqualTo(20);
        assertThat(settings.isSkipBadReports()).isTrue();
        assertThat(step.gates())
                .containsExactly(
                        QualityGate.of(MetricKeys.COVERAGE_LINE, GateScope.TOTAL, 80, GateCriticality.UNSTABLE),
                        QualityGate.of(MetricKeys.COVERAGE_BRANCH, GateScope.DELTA, -1, GateCriticality.FAILURE));
    }

    @Test
    void shouldRecordCoberturaWithTheDefaultLimitAndNoGatesByDefault() {
        QualityCoverageStep step = new QualityCoverageStep("coverage.xml");
        step.setFormat(" ");

        CoverageSettings settings = step.toSettings();

        assertThat(settings.getFormat()).isEqualTo(CoverageFormat.COBERTURA);
        assertThat(settings.getMaxReportMegabytes()).isEqualTo(CoverageSettings.DEFAULT_MAX_REPORT_MEGABYTES);
        assertThat(settings.isSkipBadReports()).isFalse();
        assertThat(step.gates()).isEmpty();
        assertThat(step.getReferenceJob()).isEmpty();
        assertThat(step.isStageOnly()).isFalse();
        assertThat(step.isStopOnFailure()).isFalse();
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        QualityCoverageStep step = new QualityCoverageStep("");
        step.setFormat("emma");
        step.setMaxReportMegabytes(0);
        QualityGateArgument unknownScope = new QualityGateArgument("coverage.line", 80);
        unknownScope.setScope("later");
        unknownScope.setCriticality("fatal");
        step.setQualityGates(List.of(
                new QualityGateArgument("issues.total", 0),
                new QualityGateArgument("coverage.line", 120),
                unknownScope,
                new QualityGateArgument("coverage.lines", 80)));
        step.setReferenceJob("/bucketlist/main");

        assertThatThrownBy(step::toSettings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly(
                                        "pattern",
                                        "format",
                                        "maxReportMegabytes",
                                        "qualityGates[0].metric",
                                        "qualityGates[1].threshold",
                                        "qualityGates[2].scope",
                                        "qualityGates[2].criticality",
                                        "qualityGates[3].metric",
                                        "referenceJob"))
                .hasMessageStartingWith("qualityCoverage has invalid settings: 'pattern': Give an Ant pattern")
                .hasMessageContaining("'qualityGates[0].metric': 'issues.total' is not a metric of coverage: use one"
                        + " of coverage.line, coverage.branch")
                .hasMessageContaining("'qualityGates[1].threshold': A coverage threshold is a percentage from 0 to"
                        + " 100, got 120.0.");
    }

    @Test
    void shouldEndTheStepWithTheMessageAloneWhenASettingIsBad() {
        QualityCoverageStep step = new QualityCoverageStep("/etc/coverage.xml");

        assertThatThrownBy(() -> QualityRun.checked(step::toSettings))
                .isInstanceOf(AbortException.class)
                .hasMessageStartingWith("qualityCoverage has invalid settings: 'pattern': ")
                .hasNoCause();
    }
}
