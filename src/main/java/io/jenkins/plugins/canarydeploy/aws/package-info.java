/** Jenkins-free core: AWS client setup (region, endpoint override, credentials provider, retries). */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.aws;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
