package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in a Jenkinsfile or a form: {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 2h};
 * a bare number means seconds. At most 7 days.
 */
public final class DurationText {
    private static final Pattern TEXT = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,7})s)?");
    private static final Pattern BARE_SECONDS = Pattern.compile("\\d{1,7}");
    private static final Duration LONGEST = Duration.ofDays(7);

    private DurationText() {}

    /** The duration {@code text} says; throws naming the fix when {@link #check} would complain. */
    public static Duration parse(@CheckForNull String text) {
        return read(text)
                .filter(d -> d.compareTo(LONGEST) <= 0)
                .orElseThrow(() -> new IllegalArgumentException(
                        problem(text, Duration.ZERO).orElseThrow()));
    }

    /** The problem with {@code text} as a duration of at least {@code shortest}, naming the fix; empty when fine. */
    public static Optional<String> check(@CheckForNull String text, Duration shortest) {
        return problem(text, shortest);
    }

    private static Optional<String> problem(@CheckForNull String text, Duration shortest) {
        String shown = Texts.strip(text);
        if (shown.isEmpty()) {
            return Optional.of("Give a duration, e.g. 10m, 90s or 1h30m.");
        }
        Optional<Duration> duration = read(text);
        if (duration.isEmpty()) {
            return Optional.of("'" + shown + "' is not a duration: write it like 10m, 90s or 1h30m (h, m, s; a bare"
                    + " number is seconds).");
        }
        if (duration.get().compareTo(LONGEST) > 0) {
            return Optional.of("'" + shown + "' is longer than 7 days: give a shorter duration.");
        }
        if (duration.get().compareTo(shortest) < 0) {
            return Optional.of("'" + shown + "' is too short: give at least " + describe(shortest) + ".");
        }
        return Optional.empty();
    }

    private static Optional<Duration> read(@CheckForNull String text) {
        String value = Texts.strip(text).toLowerCase(Locale.ROOT).replace(" ", "");
        if (BARE_SECONDS.matcher(value).matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        Matcher matcher = TEXT.matcher(value);
        if (value.isEmpty() || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofHours(number(matcher.group(1)))
                .plusMinutes(number(matcher.group(2)))
                .plusSeconds(number(matcher.group(3))));
    }

    /** {@code 1h30m}, {@code 45s}, {@code 0s}: the way this class reads durations. */
    public static String describe(Duration duration) {
        long seconds = duration.getSeconds();
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 != 0 || text.length() == 0) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }

    private static long number(@CheckForNull String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
