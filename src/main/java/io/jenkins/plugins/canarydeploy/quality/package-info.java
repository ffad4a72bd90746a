/** Jenkins-free core: coverage and lint results and their quality gates. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.quality;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
