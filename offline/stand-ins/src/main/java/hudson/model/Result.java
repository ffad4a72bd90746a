// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Result implements Serializable {
    public static final @NonNull Result SUCCESS = new Result();
    public static final @NonNull Result UNSTABLE = new Result();
    public static final @NonNull Result FAILURE = new Result();
    public static final @NonNull Result NOT_BUILT = new Result();
    public static final @NonNull Result ABORTED = new Result();

    public boolean isWorseThan(@NonNull Result that) {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean isWorseOrEqualTo(@NonNull Result that) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public @NonNull String toString() {
        throw new UnsupportedOperationException("stand-in");
    }
}
