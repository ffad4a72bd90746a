package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;

/** The recordings of a job's builds for its trend charts, newest first, from the numbers their actions keep. */
final class BuildHistory {
    /** How many builds are looked at, at most, to fill a trend. */
    static final int MAX_SCANNED = 200;

    private BuildHistory() {}

    /** Up to {@code max} actions of the given type, from {@code latest} back. */
    static <A extends Action> List<Recorded<A>> newestFirst(@CheckForNull Run<?, ?> latest, Class<A> type, int max) {
        List<Recorded<A>> found = new ArrayList<>();
        Run<?, ?> build = latest;
        for (int scanned = 0; build != null && scanned < MAX_SCANNED && found.size() < max; scanned++) {
            A action = build.getAction(type);
            if (action != null) {
                found.add(new Recorded<>(build.getNumber(), action));
            }
            build = build.getPreviousBuild();
        }
        return found;
    }

    /** One build's number and its action. */
    record Recorded<A>(int buildNumber, A action) {}
}
