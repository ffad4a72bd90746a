// Stand-in for org.jenkins-ci.plugins.workflow:workflow-api (compile only, never shipped).
package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

public interface PersistentAction extends Action {}
