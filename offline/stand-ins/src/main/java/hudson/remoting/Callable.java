// Stand-in for org.jenkins-ci.main:remoting (compile only, never shipped).
package hudson.remoting;

import java.io.Serializable;

public interface Callable<V, T extends Throwable> extends Serializable {
    V call() throws T;
}
