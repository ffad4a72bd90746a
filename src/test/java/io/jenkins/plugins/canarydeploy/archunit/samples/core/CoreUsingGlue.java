package io.jenkins.plugins.canarydeploy.archunit.samples.core;

import io.jenkins.plugins.canarydeploy.archunit.samples.glue.GlueWithUnsafeEndpoint;

/** Breaks the boundary on purpose: a core class that reaches into the glue. */
class CoreUsingGlue {
    Object glue() {
        return new GlueWithUnsafeEndpoint();
    }
}
