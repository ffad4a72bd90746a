package io.jenkins.plugins.canarydeploy.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import org.junit.jupiter.api.Test;

class AlertMatchersTest {

    @Test
    void shouldReadMatchersSeparatedByLinesAndCommasOutsideQuotes() {
        assertThat(AlertMatchers.parse(
                        "deployment_group=\"canary\"\n alertname=~\"High.*\", env!~\"a,b\"\nx!=\"\\\"y\\\"\""))
                .containsExactly(
                        "deployment_group=\"canary\"", "alertname=~\"High.*\"", "env!~\"a,b\"", "x!=\"\\\"y\\\"\"");
    }

    @Test
    void shouldNameTheFieldAndTheFixForAMalformedMatcher() {
        assertThatThrownBy(() -> AlertMatchers.parse("deployment_group=canary"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("matchers: 'deployment_group=canary' is not a label matcher")
                .hasMessageContaining("name=\"value\"");
    }

    @Test
    void shouldRejectAnInvalidRegexAndAnEmptyList() {
        assertThat(AlertMatchers.check("alertname=~\"High(\""))
                .hasValueSatisfying(problem -> assertThat(problem).contains("invalid regular expression"));
        assertThat(AlertMatchers.check(" \n, "))
                .hasValueSatisfying(problem -> assertThat(problem).contains("at least one label matcher"));
        assertThat(AlertMatchers.check("alertname=\"High(\"")).isEmpty();
    }
}
