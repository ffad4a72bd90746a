// Stand-in for io.jenkins.plugins:echarts-api (compile only, never shipped).
package io.jenkins.plugins.echarts;

import org.kohsuke.stapler.bind.JavaScriptMethod;

public interface AsyncTrendChart {
    @JavaScriptMethod
    String getBuildTrendModel();

    boolean isTrendVisible();
}
