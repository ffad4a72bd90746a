package io.jenkins.plugins.canarydeploy.canary.judge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.canary.AlertSource;
import io.jenkins.plugins.canarydeploy.canary.CheckResult;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * The statistical judge as an alert source: each check reads the canary's and the baseline's CloudWatch metrics
 * from the window start (the watch's start) until now with one paged GetMetricData call and judges them. A score
 * below the marginal threshold (or a failed critical metric) fires {@link JudgeReport#ALERT_NAME} with the score
 * and every metric's contribution in its details; too few datapoints mean NO_DATA; SDK errors (after the client's
 * retries) and unusable answers mean ERROR.
 */
public final class CloudWatchJudgeSource implements AlertSource {
    private final CanaryJudge judge;
    private final MetricDataReader reader;
    private final Instant windowStart;

    @CheckForNull
    private volatile JudgeReport lastReport;

    /** @param windowStart where the compared series begin: the watch's start, when the canary took traffic */
    public CloudWatchJudgeSource(CloudWatchClient client, CanaryJudge judge, Instant windowStart) {
        this.judge = judge;
        this.reader = new MetricDataReader(client, judge.metrics());
        this.windowStart = windowStart;
    }

    @Override
    public CheckResult check(Instant now) {
        if (!now.isAfter(windowStart)) {
            return CheckResult.noData("canary judge: the window starts at " + windowStart);
        }
        MetricDataReader.Reading reading;
        try {
            reading = reader.read(windowStart, now);
        } catch (SdkException e) {
            return CheckResult.error("GetMetricData failed: " + e.getMessage());
        }
        if (reading.problem() != null) {
            return CheckResult.error("GetMetricData answered what cannot be judged: " + reading.problem());
        }
        JudgeReport report = judge.judge(reading.samples());
        lastReport = report;
        return report.checkResult(describe());
    }

    /** The report of the latest check that could read its metrics, e.g. to log each metric's contribution. */
    public Optional<JudgeReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    @Override
    public String describe() {
        return "CloudWatch canary judge "
                + judge.metrics().stream().map(MetricSpec::id).toList();
    }
}
