// Stand-in for io.jenkins.plugins:plugin-util-api (compile only, never shipped).
package io.jenkins.plugins.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Job;
import hudson.model.Run;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.Serializable;
import java.util.Optional;

public class JenkinsFacade implements Serializable {
    public boolean hasPermission(final Permission permission) {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean hasPermission(final Permission permission, @CheckForNull final AccessControlled accessControlled) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Optional<Job<?, ?>> getJob(final String name) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Optional<Run<?, ?>> getBuild(final String id) {
        throw new UnsupportedOperationException("stand-in");
    }
}
