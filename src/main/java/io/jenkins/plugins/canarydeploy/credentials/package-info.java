/** Jenkins glue: credentials lookup through the Credentials plugin. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.credentials;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
