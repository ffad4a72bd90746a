package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.canarydeploy.forms.FormChecks;
import io.jenkins.plugins.canarydeploy.quality.ReferenceChoice;
import io.jenkins.plugins.canarydeploy.quality.gate.GateChecks;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import io.jenkins.plugins.util.JenkinsFacade;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A step that records quality results and checks quality gates on them: the gates, the reference build and how a
 * failed gate reacts, with their one set of help files (in this class's resource folder) and form checks. The
 * subclass adds what to record.
 */
public abstract class QualityStep extends Step {
    private ArrayList<QualityGateArgument> qualityGates = new ArrayList<>();
    private String referenceJob = "";
    private boolean stageOnly;
    private boolean stopOnFailure;

    /** The prefix of the metrics this step's gates check, e.g. "coverage.". */
    abstract String metricPrefix();

    /** The results this step records, as messages name them, e.g. "coverage". */
    abstract String results();

    /** Records the results for the build and evaluates the gates; what the gates do to the build comes after. */
    abstract QualityRecording record(Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException;

    @Override
    public StepExecution start(StepContext context) {
        return new QualityExecution(context, this);
    }

    /** Adds the problems of every gate and of the reference job to {@code problems}. */
    Problems checkQuality(Problems problems) {
        for (int i = 0; i < qualityGates.size(); i++) {
            QualityGateArgument gate = qualityGates.get(i);
            String prefix = "qualityGates[" + i + "].";
            problems.addAll(gate.check(prefix))
                    .add(prefix + GateChecks.METRIC, GateChecks.metricOf(gate.getMetric(), metricPrefix(), results()));
        }
        return problems.add(ReferenceChoice.REFERENCE_JOB, ReferenceChoice.jobNameProblem(referenceJob));
    }

    /** The core gates; call after {@link #checkQuality}, throws naming every bad field otherwise. */
    List<QualityGate> gates() {
        List<QualityGate> gates = new ArrayList<>();
        for (int i = 0; i < qualityGates.size(); i++) {
            gates.add(qualityGates.get(i).toGate("qualityGates[" + i + "]."));
        }
        return gates;
    }

    public List<QualityGateArgument> getQualityGates() {
        return List.copyOf(qualityGates);
    }

    @DataBoundSetter
    public void setQualityGates(@CheckForNull List<QualityGateArgument> qualityGates) {
        this.qualityGates = qualityGates == null ? new ArrayList<>() : new ArrayList<>(qualityGates);
    }

    public String getReferenceJob() {
        return referenceJob;
    }

    /** The full name of another job whose last successful build is the reference; blank: this job's. */
    @DataBoundSetter
    public void setReferenceJob(@CheckForNull String referenceJob) {
        this.referenceJob = Texts.strip(referenceJob);
    }

    public boolean isStageOnly() {
        return stageOnly;
    }

    @DataBoundSetter
    public void setStageOnly(boolean stageOnly) {
        this.stageOnly = stageOnly;
    }

    public boolean isStopOnFailure() {
        return stopOnFailure;
    }

    @DataBoundSetter
    public void setStopOnFailure(boolean stopOnFailure) {
        this.stopOnFailure = stopOnFailure;
    }

    /** Checks of the gate and reference fields, beside those of the recording's own fields. */
    public abstract static class QualityStepDescriptor extends StepDescriptor {
        private final FormChecks forms = new FormChecks();
        private final JenkinsFacade jenkins = new JenkinsFacade();

        protected FormChecks forms() {
            return forms;
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class);
        }

        @POST
        public FormValidation doCheckReferenceJob(@AncestorInPath Item item, @QueryParameter String value) {
            return forms.check(
                    item, value, v -> ReferenceChoice.jobNameProblem(v).or(() -> existence(v)));
        }

        private Optional<String> existence(@CheckForNull String name) {
            if (Texts.isBlank(name) || jenkins.getJob(Texts.strip(name)).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(ReferenceChoice.unknownJob(Texts.strip(name)));
        }
    }
}
