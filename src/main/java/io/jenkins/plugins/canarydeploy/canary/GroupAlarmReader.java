package io.jenkins.plugins.canarydeploy.canary;

import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.Alarm;
import software.amazon.awssdk.services.codedeploy.model.AlarmConfiguration;
import software.amazon.awssdk.services.codedeploy.model.ApplicationDoesNotExistException;
import software.amazon.awssdk.services.codedeploy.model.DeploymentGroupDoesNotExistException;
import software.amazon.awssdk.services.codedeploy.model.DeploymentGroupInfo;

/** Reads which CloudWatch alarms a CodeDeploy deployment group has (GetDeploymentGroup: alarmConfiguration). */
public final class GroupAlarmReader {
    public static final String APPLICATION_FIELD = "application";
    public static final String DEPLOYMENT_GROUP_FIELD = "deploymentGroup";

    private final CodeDeployClient client;

    public GroupAlarmReader(CodeDeployClient client) {
        this.client = client;
    }

    /**
     * The group's alarm configuration. Throws {@link GroupAlarmsException} naming the application and group when
     * either does not exist or CodeDeploy cannot be asked, and an invalid-settings exception for blank names.
     */
    public GroupAlarms read(String application, String deploymentGroup) {
        new Problems()
                .add(APPLICATION_FIELD, required(application, APPLICATION_FIELD, "the CodeDeploy application"))
                .add(DEPLOYMENT_GROUP_FIELD, required(deploymentGroup, DEPLOYMENT_GROUP_FIELD, "the deployment group"))
                .throwIfAny("Reading the deployment group's alarms");
        String app = application.strip();
        String group = deploymentGroup.strip();
        DeploymentGroupInfo info;
        try {
            info = client.getDeploymentGroup(r -> r.applicationName(app).deploymentGroupName(group))
                    .deploymentGroupInfo();
        } catch (ApplicationDoesNotExistException e) {
            throw new GroupAlarmsException(
                    "CodeDeploy application '" + app + "' does not exist (looked for deployment group '" + group
                            + "'): check '" + APPLICATION_FIELD + "', the region and the account.",
                    e);
        } catch (DeploymentGroupDoesNotExistException e) {
            throw new GroupAlarmsException(
                    "Deployment group '" + group + "' does not exist in CodeDeploy application '" + app + "': check '"
                            + DEPLOYMENT_GROUP_FIELD + "'.",
                    e);
        } catch (SdkException e) {
            throw new GroupAlarmsException(
                    "Could not read the alarms of deployment group '" + group + "' of application '" + app + "': "
                            + e.getMessage(),
                    e);
        }
        AlarmConfiguration alarms = info == null ? null : info.alarmConfiguration();
        if (alarms == null) {
            return new GroupAlarms(app, group, false, List.of());
        }
        List<String> names =
                alarms.hasAlarms() ? alarms.alarms().stream().map(Alarm::name).toList() : List.of();
        return new GroupAlarms(app, group, Boolean.TRUE.equals(alarms.enabled()), names);
    }

    private static Optional<String> required(String name, String field, String what) {
        if (Texts.isBlank(name)) {
            return Optional.of("'" + field + "' is empty: name " + what + " whose alarms the canary watch reads.");
        }
        return Optional.empty();
    }
}
