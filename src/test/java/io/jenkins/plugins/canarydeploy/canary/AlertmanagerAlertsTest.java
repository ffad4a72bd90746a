package io.jenkins.plugins.canarydeploy.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertmanagerAlertsTest {

    @Test
    void shouldReadAlertsIgnoringUnknownFieldsAndSkippingInactiveOnes() {
        String body = """
                [{"labels":{"alertname":"HighLatency","team":"shop"},"annotations":{"summary":"slow \\u00e9"},
                  "startsAt":"2025-06-02T09:01:00.123+02:00","extra":[1, 2.5e3, true, null, {"x": {}}],
                  "status":{"state":"active","silencedBy":[]}},
                 {"labels":{"alertname":"Old"},"status":{"state":"suppressed"}}]
                """;

        assertThat(AlertmanagerAlerts.firing(body, "test")).singleElement().satisfies(alert -> {
            assertThat(alert.name()).isEqualTo("HighLatency");
            assertThat(alert.labels()).isEqualTo(Map.of("alertname", "HighLatency", "team", "shop"));
            assertThat(alert.details()).isEqualTo(Map.of("summary", "slow é"));
            assertThat(alert.startsAt()).isEqualTo(Instant.parse("2025-06-02T07:01:00.123Z"));
        });
    }

    @Test
    void shouldRejectWhatIsNotAJsonArray() {
        assertThatThrownBy(() -> AlertmanagerAlerts.firing("{\"a\":1}", "test")).hasMessageContaining("array");
        assertThatThrownBy(() -> AlertmanagerAlerts.firing("[{\"a\":1}", "test"))
                .hasMessageStartingWith("not JSON: ");
        assertThatThrownBy(() -> AlertmanagerAlerts.firing("[".repeat(5000) + "]".repeat(5000), "test"))
                .as("nesting is bounded, no stack overflow")
                .hasMessageStartingWith("not JSON: ");
    }
}
