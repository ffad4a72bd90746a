/** Jenkins-free core: turns a workspace folder into a deterministic zip/tgz bundle and checks its appspec. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
