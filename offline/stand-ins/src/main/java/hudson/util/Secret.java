// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson.util;

import java.io.Serializable;

public final class Secret implements Serializable {
    public String getPlainText() {
        throw new UnsupportedOperationException("stand-in");
    }
}
