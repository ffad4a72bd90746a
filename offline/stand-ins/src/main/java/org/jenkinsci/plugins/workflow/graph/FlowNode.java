// Stand-in for org.jenkins-ci.plugins.workflow:workflow-api (compile only, never shipped).
package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;

public abstract class FlowNode extends Actionable {
    protected abstract String getTypeDisplayName();
}
