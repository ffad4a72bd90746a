/** Jenkins-free core: field problems shared by form validation and run-time checks. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.validation;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
