package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.forms.FormChecks;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTool;
import io.jenkins.plugins.canarydeploy.quality.lint.LintTools;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Optional;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code lintTool(id: 'pylint', pattern: 'reports/pylint.log')}: one tool whose reports the lint step reads, by
 * its analysis-model parser id, with an Ant pattern of its report files (blank: the tool's usual report file).
 */
public final class LintToolArgument extends AbstractDescribableImpl<LintToolArgument> {
    private final String id;
    private String pattern = "";

    @DataBoundConstructor
    public LintToolArgument(@CheckForNull String id) {
        this.id = Texts.strip(id);
    }

    /** The core tool. */
    LintTool toTool() {
        return new LintTool(id, pattern);
    }

    /** The problems of the id and the pattern; {@code prefix} names the tool, e.g. "tools[0].". */
    Problems check(String prefix) {
        Problems problems = new Problems();
        toTool().check(LintTools.registry())
                .list()
                .forEach(p -> problems.add(prefix + p.field(), Optional.of(p.message())));
        return problems;
    }

    public String getId() {
        return id;
    }

    public String getPattern() {
        return pattern;
    }

    @DataBoundSetter
    public void setPattern(@CheckForNull String pattern) {
        this.pattern = Texts.strip(pattern);
    }

    @Override
    public String toString() {
        return "lintTool " + id + " '" + pattern + "'";
    }

    /** Choices and checks of a tool's fields in the configuration form. */
    @Extension
    @Symbol("lintTool")
    public static final class DescriptorImpl extends Descriptor<LintToolArgument> {
        private final FormChecks forms = new FormChecks();

        @Override
        public String getDisplayName() {
            return "Lint tool";
        }

        @POST
        public ListBoxModel doFillIdItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (forms.mayConfigure(item)) {
                for (LintTools.ToolChoice choice : LintTools.registry().choices()) {
                    model.add(choice.name() + " (" + choice.id() + ")", choice.id());
                }
            }
            return model;
        }

        @POST
        public FormValidation doCheckId(@AncestorInPath Item item, @QueryParameter String value) {
            return forms.check(item, value, v -> LintTools.registry().idProblem(Texts.strip(v)));
        }

        @POST
        public FormValidation doCheckPattern(@AncestorInPath Item item, @QueryParameter String value) {
            return forms.check(item, value, v -> Texts.isBlank(v) ? Optional.empty() : LintTool.patternProblem(v));
        }
    }
}
