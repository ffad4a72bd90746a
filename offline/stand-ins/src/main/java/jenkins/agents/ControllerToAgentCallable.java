// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package jenkins.agents;

import hudson.remoting.Callable;

public interface ControllerToAgentCallable<V, T extends Throwable> extends Callable<V, T> {
}
