package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.push.PushedRevision;
import jenkins.model.RunAction2;

/** Shows a pushed revision on the build's summary: location, exact object, size, files, SHA-256, reuse. */
public class PushedRevisionAction implements RunAction2 {
    private final PushedRevision revision;

    @CheckForNull
    private transient Run<?, ?> run;

    public PushedRevisionAction(PushedRevision revision) {
        this.revision = revision;
    }

    public PushedRevision getRevision() {
        return revision;
    }

    /** Size in a unit a person reads at a glance. */
    public String getReadableSize() {
        return ByteSizes.readable(revision.size());
    }

    @CheckForNull
    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        run = r;
    }

    @Override
    @CheckForNull
    public String getIconFileName() {
        return null; // summary only, no page of its own
    }

    @Override
    public String getDisplayName() {
        return "Pushed revision";
    }

    @Override
    @CheckForNull
    public String getUrlName() {
        return null;
    }
}
