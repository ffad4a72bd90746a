/** Jenkins glue: freestyle build steps sharing the settings of the Pipeline steps. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.freestyle;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
