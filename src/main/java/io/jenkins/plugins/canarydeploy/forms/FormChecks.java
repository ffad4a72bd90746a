package io.jenkins.plugins.canarydeploy.forms;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.util.JenkinsFacade;
import java.util.Optional;
import java.util.function.Function;
import jenkins.model.Jenkins;

/**
 * Runs a core field check for a form, only for users who may configure the item: validation must not let anyone
 * else probe settings. The check itself is the same one the step runs at build time.
 */
public final class FormChecks {
    private final JenkinsFacade jenkins;

    public FormChecks() {
        this(new JenkinsFacade());
    }

    FormChecks(JenkinsFacade jenkins) {
        this.jenkins = jenkins;
    }

    public FormValidation check(
            @CheckForNull Item item, @CheckForNull String value, Function<String, Optional<String>> check) {
        if (!mayConfigure(item)) {
            return FormValidation.ok();
        }
        return check.apply(value).map(FormValidation::error).orElse(FormValidation.ok());
    }

    /** Configure permission on the item, or administer permission where there is no item (global pages). */
    public boolean mayConfigure(@CheckForNull Item item) {
        return item == null ? jenkins.hasPermission(Jenkins.ADMINISTER) : jenkins.hasPermission(Item.CONFIGURE, item);
    }
}
