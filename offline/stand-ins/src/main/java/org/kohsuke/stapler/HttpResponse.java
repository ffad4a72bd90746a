// Stand-in for org.kohsuke.stapler:stapler (compile only, never shipped).
package org.kohsuke.stapler;

public interface HttpResponse {
}
