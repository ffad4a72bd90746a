package io.jenkins.plugins.canarydeploy.archunit.samples.glue;

import hudson.util.FormValidation;
import jenkins.model.Jenkins;

/** Breaks the rules on purpose: a form endpoint without POST, and a direct use of the Jenkins singleton. */
public class GlueWithUnsafeEndpoint {
    public FormValidation doCheckName(String value) {
        return FormValidation.ok();
    }

    public Object singleton() {
        return Jenkins.get();
    }
}
