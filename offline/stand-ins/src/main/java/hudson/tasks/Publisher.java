// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson.tasks;

import hudson.model.Describable;

public abstract class Publisher extends BuildStepCompatibilityLayer implements Describable<Publisher> {
}
