package io.jenkins.plugins.canarydeploy.deploy;

/** The build result a deployment's verdict calls for, named as Jenkins names results. */
public enum BuildResult {
    SUCCESS,
    UNSTABLE,
    FAILURE
}
