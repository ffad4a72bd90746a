package io.jenkins.plugins.canarydeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TargetCallBudgetTest {
    private static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");

    @Test
    void shouldOfferTheWholeBurstAtFirst() {
        assertThat(TargetCallBudget.full().available(T0)).isEqualTo(TargetCallBudget.BURST);
    }

    @Test
    void shouldGiveBackOneCallPerSpacing() {
        TargetCallBudget budget = TargetCallBudget.full().spent(TargetCallBudget.BURST, T0);

        assertThat(budget.available(T0)).isZero();
        assertThat(budget.available(T0.plus(TargetCallBudget.SPACING).minusMillis(1)))
                .isZero();
        assertThat(budget.available(T0.plus(TargetCallBudget.SPACING))).isEqualTo(1);
        assertThat(budget.available(T0.plus(TargetCallBudget.SPACING.multipliedBy(10))))
                .as("never more than the burst")
                .isEqualTo(TargetCallBudget.BURST);
    }

    @Test
    void shouldMakeCallsBeyondTheBudgetWaitTheirTurn() {
        TargetCallBudget budget = TargetCallBudget.full().spent(TargetCallBudget.BURST + 2, T0);

        assertThat(budget.available(T0.plus(TargetCallBudget.SPACING.multipliedBy(2))))
                .isZero();
        assertThat(budget.available(T0.plus(TargetCallBudget.SPACING.multipliedBy(3))))
                .isEqualTo(1);
    }

    @Test
    void shouldKeepTheBudgetWhenNoCallWasMade() {
        TargetCallBudget budget = TargetCallBudget.full().spent(1, T0);

        assertThat(budget.spent(0, T0)).isSameAs(budget);
    }
}
