package io.jenkins.plugins.canarydeploy.canary.release;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.canarydeploy.canary.CloudWatchAlarmSource;
import io.jenkins.plugins.canarydeploy.canary.WatchSettings;
import io.jenkins.plugins.canarydeploy.fixtures.aws.AwsSimulator;
import io.jenkins.plugins.canarydeploy.fixtures.aws.RecordedRequest;
import io.jenkins.plugins.canarydeploy.fixtures.aws.SimulatedRevision;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/** The application, groups, revisions and canary alarm the release tests share. */
final class ReleaseFixture {
    static final String APP = "BucketList";
    static final String CANARY = "Canary";
    static final String PROD = "ProdDeploy";
    static final String ALARM = "CanaryHighErrorRate";
    static final String PREVIOUS_ID = "d-PREVIOUS1";

    static final S3Revision REVISION = new S3Revision(
            "milestone3shraddha",
            "bucketlist/build-8.tgz",
            "tgz",
            "9b2cf535f27731c974343645a3985328",
            "v0000000000000008");
    static final SimulatedRevision PREVIOUS = new SimulatedRevision(
            "milestone3shraddha",
            "bucketlist/build-7.tgz",
            "tgz",
            "v0000000000000007",
            "0d1f6b2a3c4e5f60718293a4b5c6d7e8");

    static final Duration BAKE = Duration.ofMinutes(10);
    static final WatchSettings WATCH = WatchSettings.bakeFor(BAKE).pollingEvery(Duration.ofMinutes(1));
    static final ReleasePlan PLAN = ReleasePlan.of(APP, CANARY, PROD, WATCH);

    private ReleaseFixture() {}

    /** Canary and production groups, the canary's alarm (OK), and a previous successful canary deployment. */
    static void groups(AwsSimulator aws) {
        aws.codeDeploy().group(APP, CANARY).targets("i-canary1").lastSuccessfulDeployment(PREVIOUS_ID, PREVIOUS);
        aws.codeDeploy().group(APP, PROD).targets("i-prod1", "i-prod2");
        aws.cloudWatch().alarm(ALARM);
    }

    static CanaryRelease release(AwsSimulator aws, ReleasePlan plan) {
        return release(aws, aws.codeDeployClient(), plan);
    }

    static CanaryRelease release(AwsSimulator aws, CodeDeployClient client, ReleasePlan plan) {
        return new CanaryRelease(
                client, List.of(new CloudWatchAlarmSource(aws.cloudWatchClient(), List.of(ALARM), null)), plan);
    }

    /** The CreateDeployment requests sent for this group, oldest first. */
    static List<RecordedRequest> creates(AwsSimulator aws, String group) {
        return aws.requests("CreateDeployment").stream()
                .filter(r -> r.fault().isEmpty())
                .filter(r -> r.body().path("deploymentGroupName").asText().equals(group))
                .toList();
    }

    static JsonNode s3Location(RecordedRequest create) {
        return create.body().path("revision").path("s3Location");
    }
}
