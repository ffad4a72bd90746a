package io.jenkins.plugins.canarydeploy.actions;

import io.jenkins.plugins.canarydeploy.push.PushedRevision;

/** Shows a pushed revision on the build's summary: location, exact object, size, files, SHA-256, reuse. */
public class PushedRevisionAction extends SummaryAction {
    private final PushedRevision revision;

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

    @Override
    public String getDisplayName() {
        return "Pushed revision";
    }
}
