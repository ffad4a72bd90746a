package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import jenkins.model.RunAction2;

/** An action that only adds a box to its build's summary page (its {@code summary.jelly}): no link, no page. */
public abstract class SummaryAction implements RunAction2 {
    @CheckForNull
    private transient Run<?, ?> run;

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
        return null;
    }

    @Override
    @CheckForNull
    public String getUrlName() {
        return null;
    }
}
