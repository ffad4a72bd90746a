/** Jenkins glue: form validation and list filling shared by the descriptors of steps and build steps. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.forms;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
