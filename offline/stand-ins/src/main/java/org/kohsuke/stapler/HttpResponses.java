// Stand-in for org.kohsuke.stapler:stapler (compile only, never shipped).
package org.kohsuke.stapler;

public class HttpResponses {
    public abstract static class HttpResponseException extends RuntimeException implements HttpResponse {
        public HttpResponseException() {
        }
    }

    public static HttpResponseException notFound() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static HttpRedirect redirectTo(String url) {
        throw new UnsupportedOperationException("stand-in");
    }
}
