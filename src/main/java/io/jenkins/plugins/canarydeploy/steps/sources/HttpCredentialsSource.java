package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.credentials.HttpAuthorization;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.function.Supplier;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A source read over HTTP that may need an Authorization header: username and password (Basic) or secret text
 * (Bearer token) from the Credentials plugin; only the id is kept.
 */
public abstract class HttpCredentialsSource extends CanarySource {
    private static final long serialVersionUID = 1L;

    private String credentialsId = "";

    /** The header supplier for the build, or null when no credentials are named. */
    @CheckForNull
    protected Supplier<String> authorization(Run<?, ?> run) throws AbortException {
        return HttpAuthorization.forRun(credentialsId, "credentialsId", run);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Texts.strip(credentialsId);
    }

    /** The credentials dropdown, for users who may configure the item. */
    public abstract static class HttpCredentialsSourceDescriptor extends CanarySourceDescriptor {
        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return HttpAuthorization.choices(item, credentialsId, forms().mayConfigure(item));
        }
    }
}
