// Stand-in for org.jenkins-ci.plugins:credentials (compile only, never shipped).
package com.cloudbees.plugins.credentials;

import hudson.model.ModelObject;
import java.io.Serializable;

public enum CredentialsScope implements Serializable {
    SYSTEM {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("stand-in");
        }

        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException("stand-in");
        }
    },
    GLOBAL {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("stand-in");
        }

        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException("stand-in");
        }
    },
    USER {
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("stand-in");
        }

        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException("stand-in");
        }
    };

    public abstract String getDisplayName();

    public abstract boolean isVisible(ModelObject context);
}
