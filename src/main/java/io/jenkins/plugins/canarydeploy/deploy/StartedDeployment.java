package io.jenkins.plugins.canarydeploy.deploy;

import java.util.List;

/** A created deployment: its id, and notes for the build log about settings adapted to the group. */
public record StartedDeployment(String deploymentId, List<String> notes) {
    public StartedDeployment {
        notes = List.copyOf(notes);
    }
}
