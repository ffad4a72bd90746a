package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcome;
import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import io.jenkins.plugins.canarydeploy.quality.gate.GateStatus;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep;

/**
 * A recording of quality results on its build: light in build.xml (the gates' outcomes, the reference build and a
 * few summary numbers, kept by subclasses), while the full result lives in its own file in the build folder and is
 * read only when a page needs it, then held softly. Brings its job's trend action while its build is the job's last
 * successful one.
 *
 * @param <R> the full result kept in the file
 */
public abstract class QualityResultAction<R> implements RunAction2, SimpleBuildStep.LastBuildAction {
    private static final Logger LOGGER = Logger.getLogger(QualityResultAction.class.getName());

    private final String fileName;
    private final GateOutcomes gates;
    private final String referenceId;
    private final String referenceName;
    private final String referenceUrl;

    @CheckForNull
    private transient Run<?, ?> run;

    @CheckForNull
    private transient Path folder;

    @CheckForNull
    private transient SoftReference<R> cached;

    @CheckForNull
    private transient String loadProblem;

    /**
     * @param result the result just recorded, held until memory runs short
     * @param reference the reference build, or null when there is none
     */
    protected QualityResultAction(
            R result, String fileName, GateOutcomes gates, @CheckForNull ReferenceBuild reference) {
        this.fileName = fileName;
        this.gates = gates;
        this.referenceId = reference == null ? "" : reference.id();
        this.referenceName = reference == null ? "" : reference.name();
        this.referenceUrl = reference == null ? "" : reference.url();
        this.cached = new SoftReference<>(result);
    }

    /** Reads the full result from its file in the build folder. */
    protected abstract R read(Path file) throws IOException;

    /** The action that draws this kind of result's trend on the job page. */
    protected abstract Action trendAction(Run<?, ?> owner);

    @Override
    public void onAttached(Run<?, ?> r) {
        run = r;
        useFolder(r.getRootDir().toPath());
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        run = r;
        useFolder(r.getRootDir().toPath());
    }

    /** Where the result file is: the build folder. */
    final synchronized void useFolder(Path buildFolder) {
        folder = buildFolder;
    }

    /** Drops the result held in memory, as after a restart, when the action is restored from build.xml alone. */
    final synchronized void forgetResult() {
        cached = null;
    }

    @CheckForNull
    public Run<?, ?> getRun() {
        return run;
    }

    /** The full result, read from its file the first time; null when the file cannot be read (see the problem). */
    @CheckForNull
    public final synchronized R getResult() {
        R result = cached == null ? null : cached.get();
        if (result != null || folder == null) {
            return result;
        }
        Path file = folder.resolve(fileName);
        try {
            result = read(file);
            cached = new SoftReference<>(result);
            loadProblem = null;
            return result;
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Cannot read the quality result " + file, e);
            loadProblem = e.getMessage();
            return null;
        }
    }

    /** Why the full result cannot be shown, when {@link #getResult()} is null. */
    public final synchronized String getLoadProblem() {
        return loadProblem == null ? "The result file '" + fileName + "' of this build is not available." : loadProblem;
    }

    public String getFileName() {
        return fileName;
    }

    public GateOutcomes getGates() {
        return gates;
    }

    public List<GateOutcome> getGateOutcomes() {
        return gates.getOutcomes();
    }

    /** The Jenkins icon of the gates' overall status: blue passed, yellow unstable, red failed. */
    public String getStatusIcon() {
        return switch (gates.getOverallStatus()) {
            case PASSED -> gates.isEmpty() ? "symbol-analytics" : "symbol-status-blue";
            case UNSTABLE -> "symbol-status-yellow";
            case FAILED -> "symbol-status-red";
            case INACTIVE -> "symbol-status-nobuilt";
        };
    }

    /** A CSS class for a gate status, for the summary and the details page. */
    public String statusColor(GateStatus status) {
        return switch (status) {
            case PASSED -> "jenkins-!-success-color";
            case UNSTABLE -> "jenkins-!-warning-color";
            case FAILED -> "jenkins-!-error-color";
            case INACTIVE -> "";
        };
    }

    public boolean hasReference() {
        return !referenceId.isEmpty();
    }

    /** The reference build's id (job full name, '#', number); "" when there is none. */
    public String getReferenceId() {
        return referenceId;
    }

    /** How the reference build is named on pages, e.g. "#41" or "bucketlist » main #41". */
    public String getReferenceName() {
        return referenceName;
    }

    /** The reference build's URL relative to Jenkins' root, e.g. "job/bucketlist/41/". */
    public String getReferenceUrl() {
        return referenceUrl;
    }

    @Override
    public Collection<? extends Action> getProjectActions() {
        Run<?, ?> owner = run;
        return owner == null ? List.of() : List.of(trendAction(owner));
    }

    /** The gate outcomes of every quality recording of the build, for deploy steps that refuse on a failed gate. */
    public static List<GateOutcomes> gatesOf(Run<?, ?> build) {
        List<GateOutcomes> outcomes = new ArrayList<>();
        for (QualityResultAction<?> action : build.getActions(QualityResultAction.class)) {
            outcomes.add(action.getGates());
        }
        return outcomes;
    }

    /**
     * The reference build of a recording as the action remembers it.
     *
     * @param id the build's externalizable id, to find it again
     * @param name how pages name it
     * @param url its URL relative to Jenkins' root
     */
    public record ReferenceBuild(String id, String name, String url) {}
}
