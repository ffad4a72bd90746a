/**
 * Jenkins-free core: the canary release as a poll-able state machine
 * ({@link io.jenkins.plugins.canarydeploy.canary.release.CanaryRelease}): deploy a revision to the canary group, watch
 * the canary's alerts, then deploy the very same revision to production, or hold it back and roll the canary back.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.canary.release;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
