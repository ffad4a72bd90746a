package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.canarydeploy.forms.FormChecks;
import io.jenkins.plugins.canarydeploy.quality.gate.GateChecks;
import io.jenkins.plugins.canarydeploy.quality.gate.MetricKeys;
import io.jenkins.plugins.canarydeploy.quality.gate.QualityGate;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code qualityGate(metric: 'coverage.line', scope: 'total', threshold: 80, criticality: 'unstable')}: one quality
 * gate of a recording step, with the same checks in the form and at run time as the core {@link QualityGate}.
 */
public final class QualityGateArgument extends AbstractDescribableImpl<QualityGateArgument> {
    static final String DEFAULT_SCOPE = "total";
    static final String DEFAULT_CRITICALITY = "unstable";

    private final String metric;
    private final double threshold;
    private String scope = DEFAULT_SCOPE;
    private String criticality = DEFAULT_CRITICALITY;

    @DataBoundConstructor
    public QualityGateArgument(@CheckForNull String metric, double threshold) {
        this.metric = Texts.strip(metric);
        this.threshold = threshold;
    }

    /** The problems of every field; {@code prefix} names the gate, e.g. "qualityGates[0].". */
    Problems check(String prefix) {
        return GateChecks.check(prefix, metric, scope, Double.toString(threshold), "", criticality);
    }

    /** The core gate, after the checks; throws naming every bad field. */
    QualityGate toGate(String prefix) {
        return QualityGate.fromText(prefix, metric, scope, Double.toString(threshold), "", criticality);
    }

    public String getMetric() {
        return metric;
    }

    public double getThreshold() {
        return threshold;
    }

    public String getScope() {
        return scope;
    }

    /** {@code total} (the value of this build, the default) or {@code delta} (its change against the reference). */
    @DataBoundSetter
    public void setScope(@CheckForNull String scope) {
        this.scope = Texts.isBlank(scope) ? DEFAULT_SCOPE : Texts.strip(scope);
    }

    public String getCriticality() {
        return criticality;
    }

    /** {@code unstable} (the default) or {@code failure}: what a failed gate makes of the stage and the build. */
    @DataBoundSetter
    public void setCriticality(@CheckForNull String criticality) {
        this.criticality = Texts.isBlank(criticality) ? DEFAULT_CRITICALITY : Texts.strip(criticality);
    }

    @Override
    public String toString() {
        return "qualityGate " + metric + " " + scope + " " + threshold + " " + criticality;
    }

    /** Choices and checks of a gate's fields in the configuration form. */
    @Extension
    @Symbol("qualityGate")
    public static final class DescriptorImpl extends Descriptor<QualityGateArgument> {
        private final FormChecks forms = new FormChecks();

        @Override
        public String getDisplayName() {
            return "Quality gate";
        }

        @POST
        public ListBoxModel doFillMetricItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (forms.mayConfigure(item)) {
                for (String key : MetricKeys.known()) {
                    model.add(MetricKeys.label(key) + " (" + key + ")", key);
                }
            }
            return model;
        }

        @POST
        public ListBoxModel doFillScopeItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (forms.mayConfigure(item)) {
                model.add("Total: the value of this build", "total");
                model.add("Delta: the change against the reference build", "delta");
            }
            return model;
        }

        @POST
        public ListBoxModel doFillCriticalityItems(@AncestorInPath Item item) {
            ListBoxModel model = new ListBoxModel();
            if (forms.mayConfigure(item)) {
                model.add("Unstable: mark the stage and the build UNSTABLE", "unstable");
                model.add("Failure: mark the stage and the build FAILURE", "failure");
            }
            return model;
        }

        @POST
        public FormValidation doCheckMetric(@AncestorInPath Item item, @QueryParameter String value) {
            return forms.check(item, value, GateChecks::metric);
        }

        @POST
        public FormValidation doCheckThreshold(
                @AncestorInPath Item item,
                @QueryParameter String value,
                @QueryParameter String metric,
                @QueryParameter String scope) {
            return forms.check(item, value, v -> GateChecks.threshold(metric, scope, v));
        }
    }
}
