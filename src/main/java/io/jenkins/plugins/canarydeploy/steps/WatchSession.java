package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.actions.CanaryWatchAction;
import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.CanaryWatch;
import io.jenkins.plugins.canarydeploy.canary.WatchPoll;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import io.jenkins.plugins.canarydeploy.steps.sources.SourceContext;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A watch at work for a build, Pipeline or freestyle alike: opens the sources once (again after a restart, with the
 * state they had), polls, logs what changed and keeps the build page's timeline up to date.
 */
final class WatchSession implements AutoCloseable {
    private final WatchSpec spec;
    private final Run<?, ?> run;
    private final WatchClients clients;
    private final OpenedSources sources;
    private final CanaryWatch watch;

    WatchSession(
            WatchSpec spec,
            AwsSettings aws,
            Run<?, ?> run,
            @CheckForNull FilePath workspace,
            Instant watchStart,
            @CheckForNull List<Serializable> saved)
            throws IOException {
        this.spec = spec;
        this.run = run;
        this.clients = new WatchClients(aws.connect(run, workspace));
        try {
            SourceContext context = new SourceContext(
                    run,
                    clients::cloudWatch,
                    clients::codeDeploy,
                    watchStart,
                    spec.application(),
                    spec.deploymentGroup());
            this.sources = new OpenedSources(spec.sources(), context, saved);
            this.watch = new CanaryWatch(sources.sources(), spec.settings());
        } catch (IOException | RuntimeException e) {
            clients.close();
            throw e;
        }
    }

    /** Starts the watch now: logs what it watches and shows it on the build page. */
    WatchState start(Instant now, PrintStream log) {
        WatchState state = watch.start(now);
        log.println(spec.title() + " until " + state.windowEnd() + " (checks from " + state.checksFrom() + "):");
        sources.describe().forEach(source -> log.println("  " + source));
        run.addAction(new CanaryWatchAction(spec.title(), sources.describe(), state));
        return state;
    }

    WatchPoll poll(WatchState state, Instant now, PrintStream log) {
        WatchPoll poll = watch.poll(state, now);
        poll.log().forEach(log::println);
        CanaryDecision decision = poll.decision();
        CanaryWatchAction.find(run, state).ifPresent(action -> {
            if (decision == null) {
                action.update(poll.state());
            } else {
                action.decided(poll.state(), decision);
            }
        });
        return poll;
    }

    /** The sources' state to keep with the execution. */
    ArrayList<Serializable> sourceStates() {
        return sources.states();
    }

    @Override
    public void close() {
        clients.close();
    }
}
