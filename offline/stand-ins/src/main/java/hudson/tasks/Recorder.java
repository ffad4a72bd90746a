// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson.tasks;

import hudson.ExtensionPoint;

public abstract class Recorder extends Publisher implements ExtensionPoint {
    protected Recorder() {}

    @Override
    public BuildStepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }
}
