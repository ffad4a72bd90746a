// Stand-in for io.jenkins.plugins:plugin-util-api (compile only, never shipped).
package io.jenkins.plugins.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.Serializable;

public class JenkinsFacade implements Serializable {
    public boolean hasPermission(final Permission permission) {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean hasPermission(final Permission permission, @CheckForNull final AccessControlled accessControlled) {
        throw new UnsupportedOperationException("stand-in");
    }
}
