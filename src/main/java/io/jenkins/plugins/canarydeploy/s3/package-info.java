/** Jenkins-free core: pushes a bundle to S3 (streaming, multipart, verified) and describes the stored revision. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
