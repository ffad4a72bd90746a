package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.aws.AwsClients;
import io.jenkins.plugins.canarydeploy.aws.AwsConnection;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/** The AWS clients of one watch or release, made on first use (a watch of Alertmanager alone needs none). */
final class WatchClients implements AutoCloseable {
    private final AwsConnection connection;

    @CheckForNull
    private CloudWatchClient cloudWatch;

    @CheckForNull
    private CodeDeployClient codeDeploy;

    WatchClients(AwsConnection connection) {
        this.connection = connection;
    }

    synchronized CloudWatchClient cloudWatch() {
        if (cloudWatch == null) {
            cloudWatch = AwsClients.cloudWatch(connection);
        }
        return cloudWatch;
    }

    synchronized CodeDeployClient codeDeploy() {
        if (codeDeploy == null) {
            codeDeploy = AwsClients.codeDeploy(connection);
        }
        return codeDeploy;
    }

    @Override
    public synchronized void close() {
        if (cloudWatch != null) {
            cloudWatch.close();
            cloudWatch = null;
        }
        if (codeDeploy != null) {
            codeDeploy.close();
            codeDeploy = null;
        }
    }
}
