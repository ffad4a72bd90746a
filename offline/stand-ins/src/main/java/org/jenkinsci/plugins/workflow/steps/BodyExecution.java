// Stand-in for org.jenkins-ci.plugins.workflow:workflow-step-api (compile only, never shipped).
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.Collection;

public abstract class BodyExecution implements Serializable {
    public abstract Collection<StepExecution> getCurrentExecutions();
}
