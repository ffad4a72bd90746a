/** Jenkins glue: the alert sources a canary watch can use, as configurable describables that open core sources. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
