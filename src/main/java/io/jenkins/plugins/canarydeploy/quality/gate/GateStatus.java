package io.jenkins.plugins.canarydeploy.quality.gate;

import io.jenkins.plugins.canarydeploy.deploy.BuildResult;

/**
 * The outcome of one gate, from best to worst: INACTIVE (not evaluated, for example a delta without a reference
 * build), PASSED, UNSTABLE (failed, marks the build UNSTABLE) and FAILED (failed, marks it FAILURE).
 */
public enum GateStatus {
    INACTIVE,
    PASSED,
    UNSTABLE,
    FAILED;

    /** The worse of the two statuses. */
    public GateStatus worse(GateStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The build result this status calls for: SUCCESS unless the gate failed. */
    public BuildResult buildResult() {
        return switch (this) {
            case FAILED -> BuildResult.FAILURE;
            case UNSTABLE -> BuildResult.UNSTABLE;
            case INACTIVE, PASSED -> BuildResult.SUCCESS;
        };
    }

    public boolean isFailure() {
        return this == UNSTABLE || this == FAILED;
    }
}
