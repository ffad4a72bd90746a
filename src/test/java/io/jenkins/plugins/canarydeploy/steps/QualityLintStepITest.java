package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.canarydeploy.actions.LintResultAction;
import io.jenkins.plugins.canarydeploy.actions.LintTrendAction;
import io.jenkins.plugins.canarydeploy.freestyle.QualityLintRecorder;
import io.jenkins.plugins.canarydeploy.quality.gate.GateStatus;
import io.jenkins.plugins.canarydeploy.quality.lint.LintResultFile;
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
 * qualityLint and its freestyle post-build step in a running Jenkins, on the Pylint reports of two builds of the
 * sample job: 25 issues (10 normal, 15 low) in the first; 24 in the second, 1 of them new and 2 fixed.
 */
@WithJenkins
class QualityLintStepITest {
    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final String SAMPLES = "/io/jenkins/plugins/canarydeploy/quality/lint/";
    private static final String PYLINT = "tools: [lintTool(id: 'pylint', pattern: 'pylint.log')]";
    private static final String TOTAL_10 = "qualityGates: [qualityGate(metric: 'issues.total', threshold: 10)]";

    @Test
    void shouldMarkTheStageAndTheBuildUnstableWhenAGateFails(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j,
                "stage('Lint') {\n" + write("workspace/pylint.log", "pylint.log")
                        + "  def lint = qualityLint " + PYLINT + ", " + TOTAL_10 + "\n"
                        + "  echo \"issues ${lint.total} ${lint.counts.low} ${lint.status}\"\n"
                        + "}");

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("issues 25 15 UNSTABLE", run);
        WarningAction warning = stepNode(run).getPersistentAction(WarningAction.class);
        assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(warning.getMessage()).contains("Issues is 25, above the threshold of 10");
        LintResultAction action = run.getAction(LintResultAction.class);
        assertThat(action.getTotal()).isEqualTo(25);
        assertThat(action.getGates().getOverallStatus()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(new File(run.getRootDir(), LintResultFile.FILE_NAME))
                .content()
                .contains("Missing module docstring");
        assertThat(Files.readString(new File(run.getRootDir(), "build.xml").toPath()))
                .as("the issues stay in the result file (the script, with the report in it, is in build.xml)")
                .contains("LintResultAction")
                .doesNotContain("IssueRow", "ToolResult");
    }

    @Test
    void shouldMarkOnlyTheStageOrStopThePipelineWhenAskedTo(JenkinsRule j) throws Exception {
        WorkflowJob stageOnly = pipeline(
                j,
                write("workspace/pylint.log", "pylint.log") + "qualityLint stageOnly: true, " + PYLINT + ", "
                        + TOTAL_10);
        WorkflowJob stop = pipeline(
                j,
                write("workspace/pylint.log", "pylint.log") + "qualityLint stopOnFailure: true, " + PYLINT + ", "
                        + TOTAL_10 + "\necho 'deploying'");

        WorkflowRun marked = j.buildAndAssertSuccess(stageOnly);
        WorkflowRun stopped = j.buildAndAssertStatus(Result.FAILURE, stop);

        assertThat(stepNode(marked).getPersistentAction(WarningAction.class).getResult())
                .isEqualTo(Result.UNSTABLE);
        j.assertLogContains("Stopping: 1 quality gate(s) failed: Issues is 25", stopped);
        j.assertLogNotContains("deploying", stopped);
    }

    @Test
    void shouldNameAMissingReportWithoutAStackTrace(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(j, "qualityLint " + PYLINT);

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains(
                "Cannot record lint results: 1 problem(s) with the reports, and no report could be read.", run);
        j.assertLogContains("Pylint: the pattern 'pylint.log' matched no file in the workspace.", run);
        j.assertLogNotContains("\tat io.jenkins.plugins", run);
    }

    @Test
    void shouldShowNewAndFixedIssuesAgainstTheLastSuccessfulBuildOnThePages(JenkinsRule j) throws Exception {
        WorkflowJob job = pipeline(
                j,
                "if (currentBuild.number == 1) {\n" + write("workspace/pylint.log", "pylint.log")
                        + write("workspace/bucketlist/app.py", "bucketlist/app.py") + "} else {\n"
                        + write("build2/pylint.log", "pylint.log")
                        + write("build2/bucketlist/app.py", "bucketlist/app.py") + "}\n"
                        + "qualityLint " + PYLINT
                        + ", qualityGates: [qualityGate(metric: 'issues.new', threshold: 0)]");
        WorkflowRun first = j.buildAndAssertSuccess(job);

        WorkflowRun second = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("No reference build", first);
        j.assertLogContains("Lint: 24 issues (9 normal, 15 low): 1 new, 2 fixed against #1", second);
        JenkinsRule.WebClient web = j.createWebClient().withJavaScriptEnabled(false);
        assertThat(web.getPage(second).asNormalizedText())
                .contains("Lint issues: 24 issues, 1 new, 2 fixed")
                .contains("Compared with #1");
        assertThat(web.getPage(second, LintResultAction.URL_NAME + "/").asNormalizedText())
                .contains("Pylint (pylint): 24 issues, reports read: 1, 1 new, 2 fixed")
                .contains("missing-function-docstring")
                .contains("Fixed issues")
                .contains("unused-variable");
        LintTrendAction trend = job.getAction(LintTrendAction.class);
        assertThat(trend.isTrendVisible()).isTrue();
        assertThat(trend.getBuildTrendModel())
                .contains("\"domainAxisLabels\":[\"#1\",\"#2\"]")
                .contains("\"name\":\"Low\"");
        assertThat(web.getPage(job).asNormalizedText()).contains("Lint issues trend");
    }

    @Test
    void shouldRecordFromAFreestyleJobWithTheSameSettings(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new TestBuilder() {
            @Override
            public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                    throws InterruptedException, IOException {
                build.getWorkspace()
                        .child("reports/pylint.log")
                        .copyFrom(QualityLintStepITest.class.getResource(SAMPLES + "workspace/pylint.log"));
                return true;
            }
        });
        QualityLintStep lint = new QualityLintStep(List.of(tool("pylint", "reports/*.log")));
        lint.setQualityGates(List.of(new QualityGateArgument("issues.total", 10)));
        project.getPublishersList().add(new QualityLintRecorder(lint));

        FreeStyleBuild build = j.buildAndAssertStatus(Result.UNSTABLE, project);

        assertThat(build.getAction(LintResultAction.class).getToolTotals()).containsEntry("Pylint", 25);
    }

    @Test
    void shouldKeepEveryFieldThroughTheConfigurationForms(JenkinsRule j) throws Exception {
        QualityLintStep step = new QualityLintStep(List.of(tool("pylint", "pylint.log"), tool("flake8", "flake8.txt")));
        step.setMaxRows(100);
        step.setMaxReportMegabytes(20);
        step.setSkipBadReports(true);
        QualityGateArgument newIssues = new QualityGateArgument("issues.new", 0);
        newIssues.setCriticality("failure");
        step.setQualityGates(List.of(newIssues, new QualityGateArgument("issues.total", 30)));
        step.setReferenceJob("bucketlist/main");
        step.setStageOnly(true);

        j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));

        FreeStyleProject project = j.createFreeStyleProject();
        project.getPublishersList().add(new QualityLintRecorder(step));
        j.configRoundtrip(project);
        j.assertEqualDataBoundBeans(
                step, project.getPublishersList().get(QualityLintRecorder.class).getLint());
    }

    @Test
    void shouldRoundTripThroughTheSnippetGenerator(JenkinsRule j) throws Exception {
        QualityLintStep step = new QualityLintStep(List.of(tool("pylint", "pylint.log"), tool("flake8", "flake8.txt")));
        step.setMaxRows(100);
        step.setQualityGates(List.of(new QualityGateArgument("issues.new", 0)));

        new SnippetizerTester(j)
                .assertRoundTrip(
                        step,
                        "qualityLint maxRows: 100, qualityGates: [qualityGate(metric: 'issues.new', threshold: 0.0)],"
                                + " tools: [lintTool(id: 'pylint', pattern: 'pylint.log'), lintTool(id: 'flake8',"
                                + " pattern: 'flake8.txt')]");
    }

    private static LintToolArgument tool(String id, String pattern) {
        LintToolArgument tool = new LintToolArgument(id);
        tool.setPattern(pattern);
        return tool;
    }

    private static WorkflowJob pipeline(JenkinsRule j, String body) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("node {\n" + body + "\n}", true));
        return job;
    }

    private static FlowNode stepNode(WorkflowRun run) {
        return new DepthFirstScanner().findFirstMatch(run.getExecution(), new NodeStepTypePredicate("qualityLint"));
    }

    /** A step that writes the sample into the workspace. */
    private static String write(String sample, String target) throws IOException {
        try (InputStream in = QualityLintStepITest.class.getResourceAsStream(SAMPLES + sample)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return "  writeFile file: '" + target + "', text: '''"
                    + text.replace("\\", "\\\\").replace("'", "\\'") + "'''\n";
        }
    }
}
