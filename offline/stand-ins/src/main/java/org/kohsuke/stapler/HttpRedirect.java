// Stand-in for org.kohsuke.stapler:stapler (compile only, never shipped).
package org.kohsuke.stapler;

import edu.umd.cs.findbugs.annotations.NonNull;

public final class HttpRedirect extends RuntimeException implements HttpResponse {
    public HttpRedirect(@NonNull String url) {
        throw new UnsupportedOperationException("stand-in");
    }
}
