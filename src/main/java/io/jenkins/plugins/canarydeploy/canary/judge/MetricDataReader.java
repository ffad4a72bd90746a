package io.jenkins.plugins.canarydeploy.canary.judge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MessageData;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/**
 * Reads both series of every metric with one GetMetricData request (query ids {@code <id>_control} and
 * {@code <id>_experiment}), following NextToken through all pages and joining each query's values.
 */
final class MetricDataReader {
    static final String CONTROL = "_control";
    static final String EXPERIMENT = "_experiment";

    /** A server that keeps handing out tokens is not followed for ever. */
    private static final int MAX_PAGES = 100;

    /** What a read found: the samples by metric id, or why the answer could not be used. */
    record Reading(
            Map<String, MetricSamples> samples,
            @CheckForNull String problem) {}

    private final CloudWatchClient client;
    private final List<MetricSpec> metrics;

    MetricDataReader(CloudWatchClient client, List<MetricSpec> metrics) {
        this.client = client;
        this.metrics = List.copyOf(metrics);
    }

    /** The request for the window {@code [from, to]}: two queries per metric, oldest datapoints first. */
    GetMetricDataRequest request(Instant from, Instant to) {
        List<MetricDataQuery> queries = new ArrayList<>();
        for (MetricSpec metric : metrics) {
            queries.add(query(metric, CONTROL, metric.controlDimensions(), "baseline"));
            queries.add(query(metric, EXPERIMENT, metric.experimentDimensions(), "canary"));
        }
        return GetMetricDataRequest.builder()
                .startTime(from)
                .endTime(to)
                .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                .metricDataQueries(queries)
                .build();
    }

    /** @throws SdkException when CloudWatch cannot be asked (after the client's retries) */
    Reading read(Instant from, Instant to) {
        GetMetricDataRequest request = request(from, to);
        Map<String, List<Double>> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            if (++pages > MAX_PAGES) {
                return new Reading(Map.of(), "still more pages after " + MAX_PAGES);
            }
            GetMetricDataResponse response =
                    client.getMetricData(request.toBuilder().nextToken(token).build());
            for (MetricDataResult result : response.metricDataResults()) {
                collect(result, values, problems);
            }
            String next = response.nextToken();
            if (next != null && next.equals(token)) {
                return new Reading(Map.of(), "the same NextToken twice");
            }
            token = next;
        } while (token != null && !token.isEmpty());
        request.metricDataQueries().stream()
                .map(MetricDataQuery::id)
                .filter(id -> !values.containsKey(id))
                .forEach(id -> problems.add("no result for query " + id));
        return problems.isEmpty()
                ? new Reading(samples(values), null)
                : new Reading(Map.of(), String.join("; ", problems));
    }

    private static void collect(MetricDataResult result, Map<String, List<Double>> values, List<String> problems) {
        StatusCode status = result.statusCode();
        if (status != StatusCode.COMPLETE && status != StatusCode.PARTIAL_DATA) {
            problems.add("query " + result.id() + " is " + result.statusCodeAsString() + messages(result));
            return;
        }
        if (result.id() == null || result.values().size() != result.timestamps().size()) {
            problems.add("query " + result.id() + " has " + result.values().size() + " values for "
                    + result.timestamps().size() + " timestamps");
            return;
        }
        values.computeIfAbsent(result.id(), id -> new ArrayList<>()).addAll(result.values());
    }

    private Map<String, MetricSamples> samples(Map<String, List<Double>> values) {
        Map<String, MetricSamples> samples = new LinkedHashMap<>();
        for (MetricSpec metric : metrics) {
            samples.put(
                    metric.id(),
                    new MetricSamples(
                            values.getOrDefault(metric.id() + CONTROL, List.of()),
                            values.getOrDefault(metric.id() + EXPERIMENT, List.of())));
        }
        return samples;
    }

    private static String messages(MetricDataResult result) {
        if (!result.hasMessages() || result.messages().isEmpty()) {
            return "";
        }
        return result.messages().stream()
                .map(MessageData::value)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("; ", " (", ")"));
    }

    private static MetricDataQuery query(
            MetricSpec metric, String suffix, Map<String, String> dimensions, String group) {
        return MetricDataQuery.builder()
                .id(metric.id() + suffix)
                .label(metric.id() + " " + group)
                .returnData(true)
                .metricStat(stat -> stat.period(metric.period())
                        .stat(metric.statistic())
                        .metric(m -> m.namespace(metric.namespace())
                                .metricName(metric.metricName())
                                .dimensions(dimensions.entrySet().stream()
                                        .map(d -> Dimension.builder()
                                                .name(d.getKey())
                                                .value(d.getValue())
                                                .build())
                                        .toList())))
                .build();
    }
}
