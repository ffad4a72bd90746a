/** Jenkins glue: Pipeline steps and their executions; translate between Jenkins and the core. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
