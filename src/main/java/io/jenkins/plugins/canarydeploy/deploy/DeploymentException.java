package io.jenkins.plugins.canarydeploy.deploy;

/** A deployment could not be created or followed; the message says what AWS answered. */
public class DeploymentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeploymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
