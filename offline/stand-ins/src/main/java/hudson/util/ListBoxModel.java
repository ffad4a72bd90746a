// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;

public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    public ListBoxModel() {}

    public void add(@NonNull String displayName, @NonNull String value) {
        throw new UnsupportedOperationException("stand-in");
    }

    public static final class Option {}
}
