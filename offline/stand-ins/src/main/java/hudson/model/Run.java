// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {
    public String getFullDisplayName() {
        throw new UnsupportedOperationException("stand-in");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("stand-in");
    }

    public @NonNull String getExternalizableId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public @CheckForNull Result getResult() {
        throw new UnsupportedOperationException("stand-in");
    }

    public void setResult(@NonNull Result r) {
        throw new UnsupportedOperationException("stand-in");
    }
}
