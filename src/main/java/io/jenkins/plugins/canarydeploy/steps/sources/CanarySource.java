package io.jenkins.plugins.canarydeploy.steps.sources;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.forms.FormChecks;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of alert source a canary watch checks, as the watch and release steps take it in their {@code sources}
 * list: its fields, their checks, and how it opens the core {@link AlertSource}. Holds no secret, only ids.
 */
public abstract class CanarySource extends AbstractDescribableImpl<CanarySource> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The problems of this source's fields, each naming its field and the fix. */
    public abstract Problems check();

    /**
     * The core source for one watch, opened once and again after a controller restart, then with the state
     * {@link #state} gave before (null at first).
     */
    public abstract AlertSource open(SourceContext context, @CheckForNull Serializable saved) throws IOException;

    /** What {@code opened} has learnt that must survive a restart (e.g. probe counts); null when nothing. */
    @CheckForNull
    public Serializable state(AlertSource opened) {
        return null;
    }

    /** Field checks for the form, for users who may configure the item. */
    public abstract static class CanarySourceDescriptor extends Descriptor<CanarySource> {
        private final FormChecks forms = new FormChecks();

        protected FormChecks forms() {
            return forms;
        }

        protected FormValidation check(
                @CheckForNull Item item, @CheckForNull String value, Function<String, Optional<String>> check) {
            return forms.check(item, value, check);
        }
    }
}
