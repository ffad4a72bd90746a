// Stand-in for org.jenkins-ci.plugins.workflow:workflow-api (compile only, never shipped).
package org.jenkinsci.plugins.workflow.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;

public class WarningAction implements PersistentAction {
    public WarningAction(@NonNull Result result) {
        throw new UnsupportedOperationException("stand-in");
    }

    public WarningAction withMessage(String message) {
        throw new UnsupportedOperationException("stand-in");
    }

    public @CheckForNull String getMessage() {
        throw new UnsupportedOperationException("stand-in");
    }

    public @NonNull Result getResult() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("stand-in");
    }
}
