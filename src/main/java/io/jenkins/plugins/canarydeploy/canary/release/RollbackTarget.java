package io.jenkins.plugins.canarydeploy.canary.release;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.io.Serializable;

/**
 * What a failed canary goes back to: the revision of the canary group's last successful deployment before the
 * release, or why there is none. Read when the release starts, since the canary's own deployment becomes the group's
 * last successful one. A plain serializable class, kept in {@link ReleaseState}.
 */
public final class RollbackTarget implements Serializable {
    private static final long serialVersionUID = 1L;

    @CheckForNull
    private final S3Revision revision;

    @CheckForNull
    private final String deploymentId;

    private final String explanation;

    private RollbackTarget(@CheckForNull S3Revision revision, @CheckForNull String deploymentId, String explanation) {
        this.revision = revision;
        this.deploymentId = deploymentId;
        this.explanation = explanation;
    }

    static RollbackTarget of(S3Revision revision, String deploymentId, String group) {
        return new RollbackTarget(
                revision,
                deploymentId,
                revision + " of deployment " + deploymentId + ", the last that succeeded on " + group);
    }

    static RollbackTarget none(String why) {
        return new RollbackTarget(null, null, why);
    }

    /** The revision to deploy again, or null when there is none. */
    @CheckForNull
    public S3Revision revision() {
        return revision;
    }

    /** The deployment that last deployed it successfully, or null. */
    @CheckForNull
    public String deploymentId() {
        return deploymentId;
    }

    /** Where the revision comes from, or why there is none to go back to. */
    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return explanation;
    }
}
