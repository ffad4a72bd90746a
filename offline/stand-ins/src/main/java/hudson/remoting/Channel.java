// Stand-in for org.jenkins-ci.main:remoting (compile only, never shipped).
package hudson.remoting;

public class Channel {
}
