package io.jenkins.plugins.canarydeploy.s3;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a bundle, e.g. an archive being built, into the stream it is given. The bundle never has to exist as a
 * whole in memory or on disk: {@link S3Uploader} sends it on in parts while it is written. Closing the stream is
 * allowed and does not end the upload.
 */
@FunctionalInterface
public interface BundleSource {
    void writeTo(OutputStream out) throws IOException;
}
