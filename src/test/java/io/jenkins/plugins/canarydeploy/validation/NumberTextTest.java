package io.jenkins.plugins.canarydeploy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numbers as a form sends them: text, checked with the rule the settings use. */
class NumberTextTest {
    @Test
    void shouldReadPlainDecimalAndWholeNumbers() {
        assertThat(NumberText.decimal(" 0.98 ")).hasValue(0.98);
        assertThat(NumberText.decimal("-1")).hasValue(-1);
        assertThat(NumberText.decimal(".5")).hasValue(0.5);
        assertThat(NumberText.decimal("1e3")).hasValue(1000);
        assertThat(NumberText.whole("60")).hasValue(60);
        assertThat(NumberText.whole("+5")).hasValue(5);
        for (String text : List.of("", "NaN", "Infinity", "0x10", "1d", "0,98", "1.2.3", "5 s")) {
            assertThat(NumberText.decimal(text)).as(text).isEmpty();
        }
        for (String text : List.of("", "1.0", "1e3", "9999999999", "60s")) {
            assertThat(NumberText.whole(text)).as(text).isEmpty();
        }
    }

    @Test
    void shouldNameTheFieldWhenTheTextIsNoNumberAndApplyTheRuleOtherwise() {
        assertThat(NumberText.checkDecimal("weight", "heavy", w -> Optional.empty()))
                .hasValue(
                        "'weight' is 'heavy', not a number: write digits with a dot as the decimal point, e.g. 1.25.");
        assertThat(NumberText.checkWhole("period", "1.5", p -> Optional.empty()))
                .hasValue("'period' is '1.5', not a whole number: write digits only, without a decimal point or a"
                        + " unit.");
        assertThat(NumberText.checkDecimal("weight", "2", w -> w > 1 ? Optional.of("too heavy") : Optional.empty()))
                .hasValue("too heavy");
        assertThat(NumberText.checkWhole("period", "60", p -> Optional.empty())).isEmpty();
    }
}
