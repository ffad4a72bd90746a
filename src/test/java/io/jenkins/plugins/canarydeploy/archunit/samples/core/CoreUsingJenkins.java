package io.jenkins.plugins.canarydeploy.archunit.samples.core;

import hudson.model.TaskListener;

/** Breaks the boundary on purpose: a core class that uses a Jenkins type. */
class CoreUsingJenkins {
    void log(TaskListener listener) {
        listener.getLogger().println("core must not do this");
    }
}
