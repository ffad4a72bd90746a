// Stand-in for org.jenkins-ci.main:jenkins-core 2.555.3 (compile only, never shipped).
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.Channel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

public abstract class Launcher {
    public abstract Proc launch(@NonNull ProcStarter starter) throws IOException;

    public abstract Channel launchChannel(
            @NonNull String[] cmd, @NonNull OutputStream out, @CheckForNull FilePath workDir,
            @NonNull Map<String, String> envVars)
            throws IOException, InterruptedException;

    public abstract void kill(Map<String, String> modelEnvVars) throws IOException, InterruptedException;

    public final class ProcStarter {
    }
}
