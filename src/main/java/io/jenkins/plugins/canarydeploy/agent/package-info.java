/** Jenkins glue: callables that run core work on the agent that holds the workspace. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.agent;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
