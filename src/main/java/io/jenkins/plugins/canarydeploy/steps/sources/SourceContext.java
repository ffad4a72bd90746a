package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/**
 * What a source needs to open its core source: the build (for credentials), AWS clients owned by the watch (made
 * on first use, closed when the watch ends), when the watch started, and the canary group when the step knows it.
 */
public final class SourceContext {
    private final Run<?, ?> run;
    private final Supplier<CloudWatchClient> cloudWatch;
    private final Supplier<CodeDeployClient> codeDeploy;
    private final Instant watchStart;

    @CheckForNull
    private final String application;

    @CheckForNull
    private final String deploymentGroup;

    public SourceContext(
            Run<?, ?> run,
            Supplier<CloudWatchClient> cloudWatch,
            Supplier<CodeDeployClient> codeDeploy,
            Instant watchStart,
            @CheckForNull String application,
            @CheckForNull String deploymentGroup) {
        this.run = run;
        this.cloudWatch = cloudWatch;
        this.codeDeploy = codeDeploy;
        this.watchStart = watchStart;
        this.application = application;
        this.deploymentGroup = deploymentGroup;
    }

    public Run<?, ?> run() {
        return run;
    }

    public CloudWatchClient cloudWatch() {
        return cloudWatch.get();
    }

    public CodeDeployClient codeDeploy() {
        return codeDeploy.get();
    }

    public Instant watchStart() {
        return watchStart;
    }

    @CheckForNull
    public String application() {
        return application;
    }

    @CheckForNull
    public String deploymentGroup() {
        return deploymentGroup;
    }
}
