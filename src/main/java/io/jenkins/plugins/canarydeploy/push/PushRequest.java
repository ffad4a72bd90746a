package io.jenkins.plugins.canarydeploy.push;

import java.io.Serializable;

/**
 * A whole push: what to bundle, where to put it, and which build it is for (job and build number name the key).
 * Made and checked on the controller, carried out on the agent that holds the workspace.
 */
public record PushRequest(BundleOptions bundle, TargetOptions target, String job, String build)
        implements Serializable {

    /** The job's full name in a build id such as {@code folder/canary-demo#7}, as the key template's job. */
    public static String jobOf(String buildId) {
        int hash = buildId.lastIndexOf('#');
        return hash < 0 ? buildId : buildId.substring(0, hash);
    }
}
