// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson.model;

public interface BuildListener extends TaskListener {
}
