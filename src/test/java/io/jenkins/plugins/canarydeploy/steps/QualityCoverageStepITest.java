package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.canarydeploy.actions.CoverageResultAction;
import io.jenkins.plugins.canarydeploy.actions.CoverageTrendAction;
import io.jenkins.plugins.canarydeploy.freestyle.QualityCoverageRecorder;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoverageResultFile;
import io.jenkins.plugins.canarydeploy.quality.gate.GateStatus;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.graphanalysis.NodeStepTypePredicate;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * qualityCoverage and its freestyle post-build step in a running Jenkins, on reports written by coverage.py: line
 * coverage 57.14 % in cobertura-add.xml, 42.86 % in cobertura-remove.xml.
 */
@WithJenkins
class QualityCoverageStepITest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final String SAMPLES = "/io/jenkins/plugins/canarydeploy/quality/coverage/";
    private static final String LINE_80 = "qualityGates: [qualityGate(metric: 'coverage.line', threshold: 80)]";

    @Test
    void shouldMarkTheStageAndTheBuildUnstableWhenAGateFails(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j,
                "stage('Test') {\n" + writeSample("cobertura-add.xml")
                        + "  def coverage = qualityCoverage pattern: 'coverage.xml', " + LINE_80 + "\n"
                        + "  echo \"line ${coverage.totals['coverage.line']} ${coverage.status}\"\n"
                        + "}");

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("line 57.14 UNSTABLE", run);
        j.assertLogContains("Quality gate UNSTABLE: Line coverage is 57.14%, below the threshold of 80.00%", run);
        WarningAction warning = stepNode(run).getPersistentAction(WarningAction.class);
        assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(warning.getMessage()).contains("Line coverage is 57.14%");
        CoverageResultAction action = run.getAction(CoverageResultAction.class);
        assertThat(action.getGates().getOverallStatus()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(new File(run.getRootDir(), CoverageResultFile.FILE_NAME))
                .content()
                .contains("items.py");
        assertThat(Files.readString(new File(run.getRootDir(), "build.xml").toPath()))
                .as("the rows stay in the result file (the script, with the report in it, is in build.xml)")
                .contains("CoverageResultAction")
                .doesNotContain("CoverageRow", "packageName");
    }

    @Test
    void shouldMarkOnlyTheStageWhenAskedTo(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j,
                "stage('Test') {\n" + writeSample("cobertura-add.xml")
                        + "  qualityCoverage pattern: 'coverage.xml', stageOnly: true, " + LINE_80 + "\n"
                        + "}");

        WorkflowRun run = j.buildAndAssertSuccess(job);

        assertThat(stepNode(run).getPersistentAction(WarningAction.class).getResult())
                .isEqualTo(Result.UNSTABLE);
        j.assertLogContains("UNSTABLE (the stage only): Line coverage is 57.14%", run);
    }

    @Test
    void shouldStopThePipelineWhenAskedTo(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j,
                writeSample("cobertura-add.xml") + "qualityCoverage pattern: 'coverage.xml', stopOnFailure: true, "
                        + LINE_80 + "\n" + "echo 'deploying'");

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("Stopping: 1 quality gate(s) failed: Line coverage is 57.14%", run);
        j.assertLogNotContains("deploying", run);
    }

    @Test
    void shouldNameABadReportWithoutAStackTrace(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j, "writeFile file: 'coverage.xml', text: '<coverage><packages>'\nqualityCoverage 'coverage.xml'");

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("Cannot record Cobertura coverage: 1 of 1 report(s) could not be read.", run);
        j.assertLogContains("'coverage.xml' is not a valid Cobertura report", run);
        j.assertLogNotContains("\tat io.jenkins.plugins", run);
        assertThat(run.getAction(CoverageResultAction.class)).isNull();
    }

    @Test
    void shouldCompareWithTheLastSuccessfulBuildAndShowThePages(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j,
                "writeFile file: 'coverage.xml', text: currentBuild.number == 1 ? " + quoted("cobertura-add.xml")
                        + " : " + quoted("cobertura-remove.xml") + "\n"
                        + "qualityCoverage pattern: 'coverage.xml', qualityGates: [qualityGate(metric:"
                        + " 'coverage.line', scope: 'delta', threshold: 0)]");
        WorkflowRun first = j.buildAndAssertSuccess(job);

        WorkflowRun second = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("Not evaluated: there is no reference build", first);
        j.assertLogContains("Reference build: #1", second);
        j.assertLogContains("Line coverage changed by -14.29% against the reference build", second);
        JenkinsRule.WebClient web = j.createWebClient().withJavaScriptEnabled(false);
        assertThat(web.getPage(second).asNormalizedText())
                .contains("Line 42.86%, Branch 25.00%")
                .contains("-14.29%")
                .contains("Compared with #1");
        assertThat(web.getPage(second, CoverageResultAction.URL_NAME + "/").asNormalizedText())
                .contains("Packages")
                .contains("items.py")
                .contains("42.86%");
        CoverageTrendAction trend = job.getAction(CoverageTrendAction.class);
        assertThat(trend.isTrendVisible()).isTrue();
        assertThat(trend.getBuildTrendModel())
                .contains("\"domainAxisLabels\":[\"#1\",\"#2\"]")
                .contains("\"name\":\"Line\"");
        assertThat(web.getPage(job).asNormalizedText()).contains("Code coverage trend");
    }

    @Test
    void shouldRefuseToDeployABuildWhoseGateFailedWhenAskedTo(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j,
                writeSample("cobertura-add.xml") + "qualityCoverage pattern: 'coverage.xml', stageOnly: true, "
                        + LINE_80 + "\n"
                        + "codeDeploy application: 'BucketList', deploymentGroup: 'ProdDeploy', bucket: 'releases',"
                        + " key: 'bucketlist/1.zip', region: 'us-east-1', endpoint: 'http://127.0.0.1:9',"
                        + " refuseOnFailedQualityGate: true");

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("Not deploying to ProdDeploy: 1 quality gate(s) failed in this build", run);
    }

    @Test
    void shouldRecordFromAFreestyleJobWithTheSameSettings(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new TestBuilder() {
            @Override
            public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                    throws InterruptedException, IOException {
                build.getWorkspace()
                        .child("reports/coverage.xml")
                        .copyFrom(QualityCoverageStepITest.class.getResource(SAMPLES + "cobertura-add.xml"));
                return true;
            }
        });
        QualityCoverageStep coverage = new QualityCoverageStep("reports/*.xml");
        coverage.setQualityGates(List.of(new QualityGateArgument("coverage.line", 80)));
        project.getPublishersList().add(new QualityCoverageRecorder(coverage));

        FreeStyleBuild build = j.buildAndAssertStatus(Result.UNSTABLE, project);

        assertThat(build.getAction(CoverageResultAction.class).getSummary().getHeadline())
                .startsWith("Line 57.14%");
    }

    @Test
    void shouldKeepEveryFieldThroughTheConfigurationForms(JenkinsRule j) throws Exception {
        QualityCoverageStep step = new QualityCoverageStep("target/site/jacoco/jacoco.xml");
        step.setFormat("JACOCO");
        step.setMaxReportMegabytes(20);
        step.setSkipBadReports(true);
        QualityGateArgument branch = new QualityGateArgument("coverage.branch", -1);
        branch.setScope("delta");
        branch.setCriticality("failure");
        step.setQualityGates(List.of(new QualityGateArgument("coverage.line", 80), branch));
        step.setReferenceJob("bucketlist/main");
        step.setStageOnly(true);
        step.setStopOnFailure(true);

        j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));

        FreeStyleProject project = j.createFreeStyleProject();
        project.getPublishersList().add(new QualityCoverageRecorder(step));
        j.configRoundtrip(project);
        j.assertEqualDataBoundBeans(
                step,
                project.getPublishersList().get(QualityCoverageRecorder.class).getCoverage());
    }

    @Test
    void shouldRoundTripThroughTheSnippetGenerator(JenkinsRule j) throws Exception {
        QualityCoverageStep step = new QualityCoverageStep("coverage.xml");
        step.setFormat("JACOCO");
        QualityGateArgument branch = new QualityGateArgument("coverage.branch", -1);
        branch.setScope("delta");
        branch.setCriticality("failure");
        step.setQualityGates(List.of(new QualityGateArgument("coverage.line", 80), branch));
        step.setStageOnly(true);

        new SnippetizerTester(j)
                .assertRoundTrip(
                        step,
                        "qualityCoverage format: 'JACOCO', pattern: 'coverage.xml', qualityGates:"
                                + " [qualityGate(metric: 'coverage.line', threshold: 80.0), qualityGate(criticality:"
                                + " 'failure', metric: 'coverage.branch', scope: 'delta', threshold: -1.0)],"
                                + " stageOnly: true");
    }

    private static WorkflowJob pipeline(JenkinsRule j, String body) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("node {\n" + body + "\n}", true));
        return job;
    }

    private static FlowNode stepNode(WorkflowRun run) {
        return new DepthFirstScanner().findFirstMatch(run.getExecution(), new NodeStepTypePredicate("qualityCoverage"));
    }

    /** A step that writes the sample into the workspace as coverage.xml. */
    private static String writeSample(String sample) throws IOException {
        return "  writeFile file: 'coverage.xml', text: " + quoted(sample) + "\n";
    }

    /** The sample's text as a Groovy string literal. */
    private static String quoted(String sample) throws IOException {
        try (InputStream in = QualityCoverageStepITest.class.getResourceAsStream(SAMPLES + sample)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return "'''" + text.replace("\\", "\\\\").replace("'", "\\'") + "'''";
        }
    }
}
