package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Optional;
import java.util.regex.Pattern;

/** What to deploy where: the application, its deployment group, the revision and optional deployment options. */
public record DeploymentRequest(
        String application,
        String deploymentGroup,
        S3Revision revision,
        @CheckForNull String deploymentConfig,
        @CheckForNull String description,
        DeploymentOptions options) {

    /** CodeDeploy names: 1 to 100 characters of letters, digits, period, underscore, plus, equals, comma, @, hyphen. */
    private static final Pattern NAME = Pattern.compile("[\\w.+=,@-]{1,100}");

    /** A request without further options: the group's settings apply. */
    public DeploymentRequest(
            String application,
            String deploymentGroup,
            S3Revision revision,
            @CheckForNull String deploymentConfig,
            @CheckForNull String description) {
        this(application, deploymentGroup, revision, deploymentConfig, description, DeploymentOptions.NONE);
    }

    public DeploymentRequest withOptions(DeploymentOptions newOptions) {
        return new DeploymentRequest(application, deploymentGroup, revision, deploymentConfig, description, newOptions);
    }

    public static Optional<String> application(@CheckForNull String application) {
        return name(application, "application", "the CodeDeploy application name, e.g. BucketList");
    }

    public static Optional<String> deploymentGroup(@CheckForNull String group) {
        return name(group, "deployment group", "the group to deploy to, e.g. ProdDeploy or Canary");
    }

    public static Optional<String> deploymentConfig(@CheckForNull String config) {
        if (Texts.isBlank(config)) {
            return Optional.empty();
        }
        return name(config, "deployment configuration", "a configuration such as CodeDeployDefault.OneAtATime");
    }

    private static Optional<String> name(@CheckForNull String value, String what, String hint) {
        String name = Texts.trimToNull(value);
        if (name == null) {
            return Optional.of("The " + what + " is required: give " + hint + ".");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not a valid " + what + " name: use up to 100 letters, digits"
                    + " or . _ + = , @ - characters, as shown in the CodeDeploy console.");
        }
        return Optional.empty();
    }

    /** Every problem of the request's fields, named as the step's fields are. */
    public Problems check() {
        return S3Revision.check(revision.bucket(), revision.key(), revision.bundleType())
                .add("application", application(application))
                .add("deploymentGroup", deploymentGroup(deploymentGroup))
                .add("deploymentConfig", deploymentConfig(deploymentConfig))
                .addAll(options.check());
    }
}
