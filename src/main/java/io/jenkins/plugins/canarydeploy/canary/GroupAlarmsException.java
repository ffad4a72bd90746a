package io.jenkins.plugins.canarydeploy.canary;

/** The alarms of a deployment group could not be read; the message names the application and group. */
public class GroupAlarmsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GroupAlarmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
