package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.canarydeploy.actions.CoverageResultAction;
import io.jenkins.plugins.canarydeploy.actions.QualityResultAction.ReferenceBuild;
import io.jenkins.plugins.canarydeploy.agent.CoverageCallable;
import io.jenkins.plugins.canarydeploy.quality.ReferenceChoice;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResult;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResultFile;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageSettings;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageStepValue;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageSummaryModel;
import io.jenkins.plugins.canarydeploy.quality.gate.GateEvaluator;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricValues;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import io.jenkins.plugins.util.JenkinsFacade;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Records coverage for a build: parses the reports on the agent, stores the result in its own file in the build
 * folder, compares it with the reference build's totals and evaluates the gates.
 */
final class CoverageRunner {
    private final QualityCoverageStep settings;
    private final JenkinsFacade jenkins;

    CoverageRunner(QualityCoverageStep settings, JenkinsFacade jenkins) {
        this.settings = settings;
        this.jenkins = jenkins;
    }

    QualityRecording record(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        CoverageSettings coverage = QualityRun.checked(settings::toSettings);
        List<QualityGate> gates = settings.gates();
        PrintStream log = listener.getLogger();
        log.println("Recording " + coverage);
        CoverageResult result = workspace.act(new CoverageCallable(coverage));
        result.getProblems().forEach(problem -> log.println("Skipped: " + problem));
        CoverageResultFile.write(result, run.getRootDir().toPath().resolve(CoverageResultFile.FILE_NAME));

        String referenceJob = settings.getReferenceJob();
        Run<?, ?> referenceRun = ReferenceBuilds.find(run, referenceJob, CoverageResultAction.class, jenkins);
        CoverageResultAction reference =
                referenceRun == null ? null : referenceRun.getAction(CoverageResultAction.class);
        ReferenceBuild described = ReferenceBuilds.describe(referenceRun, referenceJob);
        MetricValues before = reference == null ? null : reference.getMetricValues();
        log.println(
                described == null
                        ? ReferenceChoice.missing("coverage", referenceJob)
                        : "Reference build: " + described.name());

        GateOutcomes outcomes = GateEvaluator.evaluate(gates, result.metricValues(), before);
        run.addOrReplaceAction(new CoverageResultAction(
                result, outcomes, described, reference == null ? List.of() : reference.getTotals()));
        log.println("Coverage: " + new CoverageSummaryModel(result, outcomes, null, "").getHeadline());
        return new QualityRecording(outcomes, CoverageStepValue.of(result, outcomes, before, name(described)));
    }

    private static String name(@CheckForNull ReferenceBuild reference) {
        return reference == null ? "" : reference.name();
    }
}
