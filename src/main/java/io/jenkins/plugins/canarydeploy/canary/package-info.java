/** Jenkins-free core: canary alert sources, the statistical judge and the verdict. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
