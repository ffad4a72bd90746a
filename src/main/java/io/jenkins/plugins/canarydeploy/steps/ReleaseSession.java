package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.model.Run;
import io.jenkins.plugins.canarydeploy.actions.CanaryWatchAction;
import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.canary.CanaryDecision;
import io.jenkins.plugins.canarydeploy.canary.CheckResult;
import io.jenkins.plugins.canarydeploy.canary.WatchState;
import io.jenkins.plugins.canarydeploy.canary.release.CanaryRelease;
import io.jenkins.plugins.canarydeploy.canary.release.ReleasePhase;
import io.jenkins.plugins.canarydeploy.canary.release.ReleasePlan;
import io.jenkins.plugins.canarydeploy.canary.release.ReleaseState;
import io.jenkins.plugins.canarydeploy.steps.sources.SourceContext;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A canary release at work for a build: its CodeDeploy client, and the watch's sources, opened when the watch begins
 * (so that a judge compares the canary from then on) and again after a restart with the state they had.
 */
final class ReleaseSession implements AutoCloseable {
    /** Stands in for the sources until the watch begins; the release checks no source before. */
    private static final AlertSource NOT_WATCHING = new AlertSource() {
        @Override
        public CheckResult check(Instant now) {
            return CheckResult.error("the canary watch has not begun");
        }

        @Override
        public String describe() {
            return "(the canary watch has not begun)";
        }
    };

    private final ReleaseSpec spec;
    private final Run<?, ?> run;
    private final WatchClients clients;
    private final ReleasePlan plan;

    @CheckForNull
    private OpenedSources sources;

    ReleaseSession(ReleaseSpec spec, AwsSettings aws, Run<?, ?> run, @CheckForNull FilePath workspace)
            throws IOException {
        this.spec = spec;
        this.run = run;
        this.clients = new WatchClients(aws.connect(run, workspace));
        this.plan = spec.plan(run.getFullDisplayName());
    }

    /** Opens every source once and lets it go: wrong settings or credentials fail before anything is deployed. */
    void checkSources(Instant now) throws IOException {
        new OpenedSources(spec.watch().sources(), context(now), null);
    }

    /** The release for the state it is in: with the watch's sources once the watch has begun. */
    CanaryRelease release(@CheckForNull ReleaseState state, @CheckForNull List<Serializable> saved) throws IOException {
        WatchState watch = state == null ? null : state.watch();
        List<AlertSource> checked = List.of(NOT_WATCHING);
        if (watch != null && state.phase() == ReleasePhase.WATCH) {
            if (sources == null) {
                sources = new OpenedSources(spec.watch().sources(), context(watch.startedAt()), saved);
                if (CanaryWatchAction.find(run, watch).isEmpty()) {
                    run.addAction(new CanaryWatchAction(spec.watch().title(), sources.describe(), watch));
                }
            }
            checked = sources.sources();
        }
        return new CanaryRelease(clients.codeDeploy(), checked, plan);
    }

    /** Shows the watch's checks, and its verdict once there is one, on the build page. */
    void showWatch(ReleaseState state) {
        WatchState watch = state.watch();
        CanaryWatchAction action =
                watch == null ? null : CanaryWatchAction.find(run, watch).orElse(null);
        if (watch == null || action == null) {
            return;
        }
        CanaryDecision decision = state.canaryDecision();
        if (decision == null) {
            action.update(watch);
        } else if (action.isRunning()) {
            action.decided(watch, decision);
        }
    }

    ArrayList<Serializable> sourceStates() {
        return sources == null ? new ArrayList<>() : sources.states();
    }

    private SourceContext context(Instant watchStart) {
        return new SourceContext(
                run, clients::cloudWatch, clients::codeDeploy, watchStart, plan.application(), spec.canaryGroup());
    }

    @Override
    public void close() {
        clients.close();
    }
}
