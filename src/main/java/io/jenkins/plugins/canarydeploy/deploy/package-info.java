/** Jenkins-free core: creates CodeDeploy deployments and follows them as a poll-able state machine. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
