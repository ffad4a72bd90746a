package io.jenkins.plugins.canarydeploy.canary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Asks every source once and folds the answers into one result: firing beats error beats no data beats clear. */
final class SourceChecks {
    private final List<AlertSource> sources;

    SourceChecks(List<AlertSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** One check of all sources; alerts starting after {@code windowEnd} are left out. */
    CheckResult checkAll(Instant now, Instant windowEnd) {
        List<FiringAlert> firing = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (AlertSource source : sources) {
            CheckResult result = checkOne(source, now);
            switch (result.outcome()) {
                case FIRING ->
                    result.alerts().stream()
                            .filter(alert -> !alert.startsAfter(windowEnd))
                            .forEach(firing::add);
                case ERROR -> errors.add(source.describe() + ": " + result.detail());
                case NO_DATA -> missing.add(source.describe() + ": " + result.detail());
                default -> {
                    // clear
                }
            }
        }
        if (!firing.isEmpty()) {
            return CheckResult.of(firing);
        }
        if (!errors.isEmpty()) {
            return CheckResult.error(String.join("; ", errors));
        }
        if (!missing.isEmpty()) {
            return CheckResult.noData(String.join("; ", missing));
        }
        return CheckResult.clear();
    }

    /** Sources report trouble as results; an unexpected exception is turned into one too, so the watch goes on. */
    private static CheckResult checkOne(AlertSource source, Instant now) {
        try {
            return source.check(now);
        } catch (RuntimeException e) {
            return CheckResult.error(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
