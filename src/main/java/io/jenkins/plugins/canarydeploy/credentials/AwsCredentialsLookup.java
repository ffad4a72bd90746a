package io.jenkins.plugins.canarydeploy.credentials;

import com.cloudbees.jenkins.plugins.awscredentials.AmazonWebServicesCredentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.remoting.VirtualChannel;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** AWS credentials only through the Credentials plugin, or the agent's default chain when none is named. */
public final class AwsCredentialsLookup {
    private AwsCredentialsLookup() {}

    /**
     * The credentials a build uses; their use is recorded on the build. Without an id, the default chain of the
     * agent that holds {@code workspace}; never the controller's own identity (see {@link ControllerIdentityRefused}).
     */
    public static AwsCredentialsProvider forRun(
            @CheckForNull String credentialsId, Run<?, ?> run, @CheckForNull FilePath workspace) throws AbortException {
        String id = Texts.trimToNull(credentialsId);
        if (id == null) {
            VirtualChannel agent = workspace == null || !workspace.isRemote() ? null : workspace.getChannel();
            return agent == null ? new ControllerIdentityRefused() : new AgentCredentialsProvider(agent);
        }
        AmazonWebServicesCredentials credentials =
                CredentialsProvider.findCredentialById(id, AmazonWebServicesCredentials.class, run, List.of());
        if (credentials == null) {
            throw new AbortException("'credentialsId': no AWS credentials with id '" + id + "' are visible to this"
                    + " job. Add them under Manage Jenkins > Credentials (kind: AWS Credentials) or fix the id.");
        }
        CredentialsProvider.track(run, credentials);
        return credentials;
    }

    /** The AWS credentials a user who may configure {@code item} can choose from. */
    public static ListBoxModel choices(@CheckForNull Item item, @CheckForNull String current, boolean mayConfigure) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (mayConfigure) {
            model.includeEmptyValue().includeAs(ACL.SYSTEM2, item, AmazonWebServicesCredentials.class, List.of());
        }
        model.includeCurrentValue(current == null ? "" : current);
        return model;
    }
}
