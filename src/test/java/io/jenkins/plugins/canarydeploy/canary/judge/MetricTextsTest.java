package io.jenkins.plugins.canarydeploy.canary.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The texts a form or a Jenkinsfile gives for a metric: dimensions, the bad direction and the measure. */
class MetricTextsTest {
    @Test
    void shouldReadDimensionsSeparatedByCommasOrLines() {
        assertThat(DimensionsText.parse(
                        "canaryDimensions",
                        " LoadBalancer = app/shop/50dc6c495c0c9188 ,DeploymentGroup=Canary,\n Filter=a=b \n"))
                .containsExactly(
                        Map.entry("DeploymentGroup", "Canary"),
                        Map.entry("Filter", "a=b"),
                        Map.entry("LoadBalancer", "app/shop/50dc6c495c0c9188"));
        assertThat(DimensionsText.parse("canaryDimensions", "  ")).isEmpty();
        assertThat(DimensionsText.read(null)).hasValue(new TreeMap<>());
    }

    @Test
    void shouldNameTheFieldAndTheFixOfBadDimensions() {
        assertThat(DimensionsText.check("canaryDimensions", "DeploymentGroup Canary"))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("'canaryDimensions' has 'DeploymentGroup Canary', which is not Name=Value")
                        .contains("e.g. DeploymentGroup=Canary, LoadBalancer="));
        assertThat(DimensionsText.check("baselineDimensions", "=ProdDeploy"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("'=ProdDeploy' without a dimension name"));
        assertThat(DimensionsText.check("baselineDimensions", "DeploymentGroup="))
                .hasValueSatisfying(
                        problem -> assertThat(problem).contains("gives dimension DeploymentGroup no value"));
        assertThat(DimensionsText.check("baselineDimensions", "Group=a, Group=b"))
                .hasValueSatisfying(
                        problem -> assertThat(problem).contains("gives dimension Group twice (a and b)", "keep one"));
        assertThat(DimensionsText.check("baselineDimensions", "Group=" + "x".repeat(1025)))
                .hasValueSatisfying(problem -> assertThat(problem).contains("1 to 1024 characters"));
        assertThat(DimensionsText.read("Group")).isEmpty();
        assertThatThrownBy(() -> DimensionsText.parse("canaryDimensions", "Group"))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("canaryDimensions"));
    }

    @Test
    void shouldReadDirectionsAndMeasuresInAnyCaseWithTheirDefaults() {
        assertThat(Direction.fromText(" Increase ")).hasValue(Direction.INCREASE);
        assertThat(Direction.fromText("DECREASE")).hasValue(Direction.DECREASE);
        assertThat(Direction.fromText("")).hasValue(Direction.EITHER);
        assertThat(Direction.fromText("up")).isEmpty();
        assertThat(Direction.check("either")).isEmpty();
        assertThat(Direction.check("up"))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("'direction' is 'up'")
                        .contains("increase (e.g. latency, errors), decrease", "or either"));
        assertThat(Direction.INCREASE.label()).isEqualTo("increase");

        assertThat(EffectLimits.Measure.fromText("Median")).hasValue(EffectLimits.Measure.MEDIAN);
        assertThat(EffectLimits.Measure.fromText(null)).hasValue(EffectLimits.Measure.MEAN);
        assertThat(EffectLimits.Measure.check("p50"))
                .hasValueSatisfying(problem ->
                        assertThat(problem).startsWith("'measure' is 'p50'").contains("median"));
    }

    @Test
    void shouldNameTheDimensionFieldsAsUsersKnowThem() {
        MetricSpec unnamed = MetricSpec.of("latency", "Shop", "Latency")
                .control(Map.of(" ", "prod"))
                .experiment(Map.of(" ", "prod"));

        assertThat(unnamed.check("metrics[0].").list())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        tuple(
                                "metrics[0].baselineDimensions",
                                "'baselineDimensions' has a dimension named ' ': give"
                                        + " each dimension a name of 1 to 255 characters, e.g. AutoScalingGroupName."),
                        tuple(
                                "metrics[0].canaryDimensions",
                                "'canaryDimensions' has a dimension named ' ': give"
                                        + " each dimension a name of 1 to 255 characters, e.g. AutoScalingGroupName."),
                        tuple(
                                "metrics[0].canaryDimensions",
                                "'canaryDimensions' are the same as"
                                        + " 'baselineDimensions', so the canary would be compared with itself: add a dimension"
                                        + " that tells the groups apart, e.g. DeploymentGroup=Canary for the canary and"
                                        + " DeploymentGroup=ProdDeploy for production."));
    }
}
