// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson.tasks;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import java.io.IOException;

public enum BuildStepMonitor {
    NONE {
        @Override
        public boolean perform(BuildStep bs, AbstractBuild build, Launcher launcher, BuildListener listener) {
            throw new UnsupportedOperationException("stand-in");
        }
    };

    public abstract boolean perform(BuildStep bs, AbstractBuild build, Launcher launcher, BuildListener listener)
            throws IOException, InterruptedException;
}
