/** Jenkins glue: build and job actions and their view models. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
