package io.jenkins.plugins.canarydeploy.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * An HTTP Authorization header from the Credentials plugin: username and password as Basic, secret text as a Bearer
 * token. The header is made when a request goes out, so the secret is held nowhere else and never logged.
 */
public final class HttpAuthorization {
    private HttpAuthorization() {}

    /** The header supplier for {@code credentialsId}, or null when none is named; its use is recorded on the build. */
    @CheckForNull
    public static Supplier<String> forRun(@CheckForNull String credentialsId, String field, Run<?, ?> run)
            throws AbortException {
        String id = Texts.trimToNull(credentialsId);
        if (id == null) {
            return null;
        }
        StandardCredentials credentials =
                CredentialsProvider.findCredentialById(id, StandardCredentials.class, run, List.of());
        if (credentials instanceof StandardUsernamePasswordCredentials basic) {
            CredentialsProvider.track(run, credentials);
            return () -> "Basic "
                    + Base64.getEncoder()
                            .encodeToString((basic.getUsername() + ":"
                                            + basic.getPassword().getPlainText())
                                    .getBytes(StandardCharsets.UTF_8));
        }
        if (credentials instanceof StringCredentials token) {
            CredentialsProvider.track(run, credentials);
            return () -> "Bearer " + token.getSecret().getPlainText();
        }
        throw new AbortException("'" + field + "': no username/password or secret text credentials with id '" + id
                + "' are visible to this job. Add them under Manage Jenkins > Credentials or fix the id.");
    }

    /** The credentials a user who may configure {@code item} can choose from. */
    public static ListBoxModel choices(@CheckForNull Item item, @CheckForNull String current, boolean mayConfigure) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (mayConfigure) {
            model.includeEmptyValue()
                    .includeAs(ACL.SYSTEM2, item, StandardUsernamePasswordCredentials.class, List.of())
                    .includeAs(ACL.SYSTEM2, item, StringCredentials.class, List.of());
        }
        model.includeCurrentValue(current == null ? "" : current);
        return model;
    }
}
