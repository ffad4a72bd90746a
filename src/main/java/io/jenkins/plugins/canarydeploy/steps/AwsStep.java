package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.aws.AwsFieldChecks;
import io.jenkins.plugins.canarydeploy.credentials.AwsCredentialsLookup;
import io.jenkins.plugins.canarydeploy.forms.FormChecks;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A step that calls AWS: the connection fields (region, endpoint override, credentials) with their one set of help
 * files (in this class's resource folder, which Jenkins also searches for subclasses) and form endpoints.
 */
public abstract class AwsStep extends Step {
    private String region = "";
    private String endpoint = "";
    private String credentialsId = "";

    /** Adds the problems of the connection fields to those of the step's own fields. */
    Problems checkConnection(Problems problems) {
        return problems.add("region", AwsFieldChecks.region(region)).add("endpoint", AwsFieldChecks.endpoint(endpoint));
    }

    AwsSettings awsSettings() {
        return new AwsSettings(Texts.trimToNull(region), Texts.trimToNull(endpoint), Texts.trimToNull(credentialsId));
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        this.region = Texts.strip(region);
    }

    public String getEndpoint() {
        return endpoint;
    }

    @DataBoundSetter
    public void setEndpoint(String endpoint) {
        this.endpoint = Texts.strip(endpoint);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Texts.strip(credentialsId);
    }

    /** Validation and choices of the connection fields. */
    public abstract static class AwsStepDescriptor extends StepDescriptor {
        private final FormChecks forms = new FormChecks();

        protected FormChecks forms() {
            return forms;
        }

        /** Fixed choices, as pairs of display name and value; empty for users who may not configure the item. */
        protected ListBoxModel choices(@CheckForNull Item item, String... namesAndValues) {
            ListBoxModel model = new ListBoxModel();
            if (forms.mayConfigure(item)) {
                for (int i = 0; i < namesAndValues.length; i += 2) {
                    model.add(namesAndValues[i], namesAndValues[i + 1]);
                }
            }
            return model;
        }

        @POST
        public FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
            return forms.check(item, value, AwsFieldChecks::region);
        }

        @POST
        public FormValidation doCheckEndpoint(@AncestorInPath Item item, @QueryParameter String value) {
            return forms.check(item, value, AwsFieldChecks::endpoint);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return AwsCredentialsLookup.choices(item, credentialsId, forms.mayConfigure(item));
        }
    }
}
