package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.io.Serializable;
import java.util.Optional;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A revision in S3 given to a deploy step as one argument: {@code revision: pushed.revision} (the map
 * {@code codeDeployPush} returns, see {@link S3Revision#toArguments()}) or {@code revision: s3Revision(bucket: 'b',
 * key: 'k')}. Its names are those of the deploy step's own revision fields.
 */
public final class S3RevisionArgument extends AbstractDescribableImpl<S3RevisionArgument> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String bucket;
    private final String key;
    private String bundleType = "";
    private String etag = "";
    private String version = "";

    @DataBoundConstructor
    public S3RevisionArgument(String bucket, String key) {
        this.bucket = Texts.strip(bucket);
        this.key = Texts.strip(key);
    }

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public String getBundleType() {
        return bundleType;
    }

    @DataBoundSetter
    public void setBundleType(@CheckForNull String bundleType) {
        this.bundleType = Texts.strip(bundleType);
    }

    public String getEtag() {
        return etag;
    }

    @DataBoundSetter
    public void setEtag(@CheckForNull String etag) {
        this.etag = Texts.strip(etag);
    }

    public String getVersion() {
        return version;
    }

    @DataBoundSetter
    public void setVersion(@CheckForNull String version) {
        this.version = Texts.strip(version);
    }

    S3Revision toRevision() {
        return toRevision(bucket, key, bundleType, etag, version);
    }

    /** The revision in one argument when it was given so and the fields are blank, else from the fields. */
    static S3Revision either(
            @CheckForNull S3RevisionArgument argument,
            @CheckForNull String bucket,
            @CheckForNull String key,
            @CheckForNull String bundleType,
            @CheckForNull String etag,
            @CheckForNull String version) {
        if (argument != null && Texts.isBlank(bucket) && Texts.isBlank(key)) {
            return argument.toRevision();
        }
        return toRevision(bucket, key, bundleType, etag, version);
    }

    /** The problem of a revision given both in one argument and as fields; empty otherwise. */
    static Optional<String> givenTwice(
            @CheckForNull S3RevisionArgument argument, @CheckForNull String bucket, @CheckForNull String key) {
        return argument != null && !(Texts.isBlank(bucket) && Texts.isBlank(key))
                ? Optional.of("Give the revision either in one 'revision:' argument or as 'bucket:' and 'key:', not"
                        + " both.")
                : Optional.empty();
    }

    /** A revision from field texts; a blank bundle type is taken from the key's extension. */
    static S3Revision toRevision(
            @CheckForNull String bucket,
            @CheckForNull String key,
            @CheckForNull String bundleType,
            @CheckForNull String etag,
            @CheckForNull String version) {
        String type = Texts.isBlank(bundleType) ? S3Revision.bundleTypeOf(Texts.strip(key)) : Texts.strip(bundleType);
        return new S3Revision(
                Texts.strip(bucket), Texts.strip(key), type, Texts.trimToNull(etag), Texts.trimToNull(version));
    }

    /** {@code s3Revision}: the S3 location of a bundle, as deploy steps take it. */
    @Extension
    @Symbol("s3Revision")
    public static final class DescriptorImpl extends Descriptor<S3RevisionArgument> {
        @Override
        public String getDisplayName() {
            return "Revision stored in S3";
        }
    }
}
