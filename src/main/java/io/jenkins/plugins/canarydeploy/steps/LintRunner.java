package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.actions.LintResultAction;
import io.jenkins.plugins.canarydeploy.actions.QualityResultAction.ReferenceBuild;
import io.jenkins.plugins.canarydeploy.agent.LintCallable;
import io.jenkins.plugins.canarydeploy.quality.ReferenceChoice;
import io.jenkins.plugins.canarydeploy.quality.gate.GateEvaluator;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import io.jenkins.plugins.canarydeploy.quality.lint.LintDelta;
import io.jenkins.plugins.canarydeploy.quality.lint.LintMetrics;
import io.jenkins.plugins.canarydeploy.quality.lint.LintReportCheck;
import io.jenkins.plugins.canarydeploy.quality.lint.LintResult;
import io.jenkins.plugins.canarydeploy.quality.lint.LintResultFile;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSettings;
import io.jenkins.plugins.canarydeploy.quality.lint.LintStepValue;
import io.jenkins.plugins.canarydeploy.quality.lint.LintSummaryModel;
import io.jenkins.plugins.util.JenkinsFacade;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Records lint results for a build: parses every tool's reports on the agent, stores the result in its own file in
 * the build folder, finds new and fixed issues against the reference build's result and evaluates the gates.
 */
final class LintRunner {
    private final QualityLintStep settings;
    private final JenkinsFacade jenkins;

    LintRunner(QualityLintStep settings, JenkinsFacade jenkins) {
        this.settings = settings;
        this.jenkins = jenkins;
    }

    QualityRecording record(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        LintSettings lint = QualityRun.checked(settings::toSettings);
        List<QualityGate> gates = settings.gates();
        PrintStream log = listener.getLogger();
        log.println("Recording the lint results of " + lint.getTools());
        LintResult result = workspace.act(new LintCallable(lint));
        LintReportCheck.check(result, settings.isSkipBadReports());
        result.getErrors().forEach(error -> log.println("Skipped: " + error));
        LintResultFile.write(result, run.getRootDir().toPath().resolve(LintResultFile.FILE_NAME));

        String referenceJob = settings.getReferenceJob();
        Run<?, ?> referenceRun = ReferenceBuilds.find(run, referenceJob, LintResultAction.class, jenkins);
        LintResultAction reference = referenceRun == null ? null : referenceRun.getAction(LintResultAction.class);
        LintResult before = reference == null ? null : reference.getResult();
        if (reference != null && before == null) {
            log.println("Comparing with no reference build: " + reference.getLoadProblem());
            reference = null;
        }
        ReferenceBuild described = reference == null ? null : ReferenceBuilds.describe(referenceRun, referenceJob);
        log.println(
                described == null
                        ? ReferenceChoice.missing("lint results", referenceJob)
                        : "Reference build: " + described.name());

        LintDelta delta = LintDelta.between(result, before);
        MetricValues metrics = MetricValues.of(LintMetrics.of(result, delta));
        GateOutcomes outcomes =
                GateEvaluator.evaluate(gates, metrics, reference == null ? null : reference.getMetricValues());
        run.addOrReplaceAction(new LintResultAction(result, outcomes, described, metrics));
        String name = name(described);
        log.println("Lint: " + LintSummaryModel.of(result, delta, name).getHeadline());
        return new QualityRecording(outcomes, LintStepValue.of(result, delta, outcomes, name));
    }

    private static String name(@CheckForNull ReferenceBuild reference) {
        return reference == null ? "" : reference.name();
    }
}
