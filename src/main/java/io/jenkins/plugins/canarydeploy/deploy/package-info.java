/**
 * Jenkins-free core: creates CodeDeploy deployments with their options, and follows them as a poll-able state
 * machine ({@link io.jenkins.plugins.canarydeploy.deploy.DeploymentFollower}) that streams per-target progress,
 * handles the blue/green Ready state and maps the end to a verdict.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
