package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.actions.QualityResultAction.ReferenceBuild;
import io.jenkins.plugins.canarydeploy.quality.ReferenceChoice;
import io.jenkins.plugins.util.JenkinsFacade;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Finds the reference build of a recording as {@link ReferenceChoice} decides: among the earlier builds of the
 * build's own job, or the builds of the job named as reference.
 */
final class ReferenceBuilds {
    private ReferenceBuilds() {}

    /**
     * @param referenceJob the full name of the reference job; blank for the build's own job
     * @param recorded the action of the results at hand, which the reference must have
     * @return the reference build, or null when there is none
     * @throws AbortException when the reference job does not exist or the build may not read it
     */
    @CheckForNull
    static Run<?, ?> find(Run<?, ?> run, String referenceJob, Class<? extends Action> recorded, JenkinsFacade jenkins)
            throws AbortException {
        Run<?, ?> start;
        if (referenceJob.isEmpty()) {
            start = run.getPreviousBuild();
        } else {
            Job<?, ?> job = jenkins.getJob(referenceJob)
                    .orElseThrow(() -> new AbortException(ReferenceChoice.unknownJob(referenceJob)));
            start = job.getLastBuild();
        }
        return ReferenceChoice.choose(new Earlier(start), ReferenceBuilds::result, b -> b.getAction(recorded) != null)
                .orElse(null);
    }

    /** The reference as actions remember it: named "#41" in its own job, with the job's name otherwise. */
    @CheckForNull
    static ReferenceBuild describe(@CheckForNull Run<?, ?> reference, String referenceJob) {
        if (reference == null) {
            return null;
        }
        String name = referenceJob.isEmpty() ? reference.getDisplayName() : reference.getFullDisplayName();
        return new ReferenceBuild(reference.getExternalizableId(), name, reference.getUrl());
    }

    @CheckForNull
    private static String result(Run<?, ?> build) {
        Result result = build.getResult();
        return build.isBuilding() || result == null ? null : result.toString();
    }

    /** A build and the ones before it, newest first, loaded as they are reached. */
    private static final class Earlier implements Iterator<Run<?, ?>> {
        @CheckForNull
        private Run<?, ?> next;

        Earlier(@CheckForNull Run<?, ?> first) {
            this.next = first;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Run<?, ?> next() {
            Run<?, ?> current = next;
            if (current == null) {
                throw new NoSuchElementException();
            }
            next = current.getPreviousBuild();
            return current;
        }
    }
}
