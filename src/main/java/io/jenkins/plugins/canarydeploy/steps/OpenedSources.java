package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.steps.sources.CanarySource;
import io.jenkins.plugins.canarydeploy.steps.sources.SourceContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The core sources of a watch, opened from their settings (again after a restart, with the state they had), and
 * the state they have gathered since, to be kept with the execution.
 */
final class OpenedSources {
    private final List<CanarySource> settings;
    private final List<AlertSource> opened = new ArrayList<>();

    OpenedSources(List<CanarySource> settings, SourceContext context, @CheckForNull List<Serializable> saved)
            throws IOException {
        this.settings = List.copyOf(settings);
        for (int i = 0; i < settings.size(); i++) {
            Serializable state = saved != null && i < saved.size() ? saved.get(i) : null;
            opened.add(settings.get(i).open(context, state));
        }
    }

    List<AlertSource> sources() {
        return List.copyOf(opened);
    }

    /** Each source's state now, in order; null entries for sources without state. */
    ArrayList<Serializable> states() {
        ArrayList<Serializable> states = new ArrayList<>();
        for (int i = 0; i < opened.size(); i++) {
            states.add(settings.get(i).state(opened.get(i)));
        }
        return states;
    }

    List<String> describe() {
        return opened.stream().map(AlertSource::describe).toList();
    }
}
