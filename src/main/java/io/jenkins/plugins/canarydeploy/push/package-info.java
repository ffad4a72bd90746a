/** Jenkins-free core: bundles a workspace and pushes it to S3 as one verified, deployable revision. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.push;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
