package io.jenkins.plugins.canarydeploy.deploy;

import java.util.List;
import software.amazon.awssdk.services.codedeploy.model.Alarm;
import software.amazon.awssdk.services.codedeploy.model.AlarmConfiguration;
import software.amazon.awssdk.services.codedeploy.model.AutoRollbackConfiguration;
import software.amazon.awssdk.services.codedeploy.model.CreateDeploymentRequest;
import software.amazon.awssdk.services.codedeploy.model.EC2TagFilter;
import software.amazon.awssdk.services.codedeploy.model.EC2TagFilterType;
import software.amazon.awssdk.services.codedeploy.model.TargetInstances;

/** Builds CreateDeployment with exactly the settings the request has: nothing unset is sent. */
final class CreateDeploymentRequests {
    private CreateDeploymentRequests() {}

    static CreateDeploymentRequest of(DeploymentRequest request, boolean sendFileExistsBehavior) {
        CreateDeploymentRequest.Builder create = CreateDeploymentRequest.builder()
                .applicationName(request.application())
                .deploymentGroupName(request.deploymentGroup())
                .revision(DeploymentStarter.revisionLocation(request.revision()));
        String config = request.deploymentConfig();
        if (config != null) {
            create.deploymentConfigName(config);
        }
        String description = request.description();
        if (description != null) {
            create.description(description);
        }
        DeploymentOptions options = request.options();
        String fileExistsBehavior = options.fileExistsBehavior();
        if (fileExistsBehavior != null && sendFileExistsBehavior) {
            create.fileExistsBehavior(fileExistsBehavior);
        }
        Boolean ignoreStopFailures = options.ignoreApplicationStopFailures();
        if (ignoreStopFailures != null) {
            create.ignoreApplicationStopFailures(ignoreStopFailures);
        }
        Boolean outdatedOnly = options.updateOutdatedInstancesOnly();
        if (outdatedOnly != null) {
            create.updateOutdatedInstancesOnly(outdatedOnly);
        }
        ReplacementInstances instances = options.targetInstances();
        if (instances != null) {
            create.targetInstances(targetInstances(instances));
        }
        AutoRollback rollback = options.autoRollback();
        if (rollback != null) {
            create.autoRollbackConfiguration(AutoRollbackConfiguration.builder()
                    .enabled(rollback.enabled())
                    .eventsWithStrings(rollback.events())
                    .build());
        }
        AlarmOverride alarms = options.alarmOverride();
        if (alarms != null) {
            create.overrideAlarmConfiguration(AlarmConfiguration.builder()
                    .enabled(alarms.enabled())
                    .ignorePollAlarmFailure(alarms.ignorePollAlarmFailure())
                    .alarms(alarms.alarms().stream()
                            .map(name -> Alarm.builder().name(name).build())
                            .toList())
                    .build());
        }
        return create.build();
    }

    private static TargetInstances targetInstances(ReplacementInstances instances) {
        TargetInstances.Builder target = TargetInstances.builder();
        if (!instances.tags().isEmpty()) {
            target.tagFilters(instances.tags().stream()
                    .map(CreateDeploymentRequests::tagFilter)
                    .toList());
        }
        if (!instances.autoScalingGroups().isEmpty()) {
            target.autoScalingGroups(List.copyOf(instances.autoScalingGroups()));
        }
        return target.build();
    }

    /** {@code Key=Value}, {@code Key} (any value) or {@code =Value} (any key). */
    static EC2TagFilter tagFilter(String tag) {
        int equals = tag.indexOf('=');
        if (equals < 0) {
            return EC2TagFilter.builder()
                    .key(tag.strip())
                    .type(EC2TagFilterType.KEY_ONLY)
                    .build();
        }
        String key = tag.substring(0, equals).strip();
        String value = tag.substring(equals + 1).strip();
        if (key.isEmpty()) {
            return EC2TagFilter.builder()
                    .value(value)
                    .type(EC2TagFilterType.VALUE_ONLY)
                    .build();
        }
        if (value.isEmpty()) {
            return EC2TagFilter.builder()
                    .key(key)
                    .type(EC2TagFilterType.KEY_ONLY)
                    .build();
        }
        return EC2TagFilter.builder()
                .key(key)
                .value(value)
                .type(EC2TagFilterType.KEY_AND_VALUE)
                .build();
    }
}
