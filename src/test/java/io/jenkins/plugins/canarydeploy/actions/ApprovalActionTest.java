package io.jenkins.plugins.canarydeploy.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The question's life without a build around it; the page and the permission check are covered by ITests. */
class ApprovalActionTest {
    private final ApprovalAction approval =
            new ApprovalAction("ready-d-1", "Reroute traffic?", List.of("Reroute traffic", "Stop and roll back"));

    @Test
    void shouldTakeOnlyOneOfItsChoices() throws IOException {
        assertThat(approval.decide("Delete everything", "mallory")).isFalse();
        assertThat(approval.decide(null, "mallory")).isFalse();
        assertThat(approval.isPending()).isTrue();

        assertThat(approval.decide("Reroute traffic", "alice")).isTrue();

        assertThat(approval.isPending()).isFalse();
        assertThat(approval.getDecidedBy()).isEqualTo("alice");
        assertThat(approval.decide("Stop and roll back", "bob"))
                .as("answered already")
                .isFalse();
        assertThat(approval.takeDecision()).contains("Reroute traffic");
    }

    @Test
    void shouldHandTheAnswerOutOnce() throws IOException {
        assertThat(approval.takeDecision()).as("not answered yet").isEmpty();
        approval.decide("Stop and roll back", "alice");

        assertThat(approval.takeDecision()).contains("Stop and roll back");
        assertThat(approval.takeDecision()).isEmpty();
        assertThat(approval.getDecision()).isEqualTo("Stop and roll back");
    }

    @Test
    void shouldTakeNoAnswerOnceClosed() throws IOException {
        approval.close();

        assertThat(approval.decide("Reroute traffic", "alice")).isFalse();
        assertThat(approval.isPending()).isFalse();
        assertThat(approval.getDecision()).isNull();
    }

    @Test
    void shouldKeepItsAddressSafeForAUrl() {
        assertThat(approval.getUrlName()).isEqualTo("canary-deploy-approval-ready-d-1");
        assertThatThrownBy(() -> new ApprovalAction("../x", "?", List.of("yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letters, digits and '-'");
    }
}
