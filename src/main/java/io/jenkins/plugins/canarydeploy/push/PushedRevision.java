package io.jenkins.plugins.canarydeploy.push;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bundle that is in S3 and ready to deploy: where it is, exactly which object (eTag, version), what it holds
 * (SHA-256, size, files) and whether an identical earlier push was reused instead of uploading again.
 */
public final class PushedRevision implements Serializable {
    private static final long serialVersionUID = 1L;

    private final S3Revision revision;
    private final String sha256;
    private final long size;
    private final int fileCount;
    private final boolean reused;

    public PushedRevision(S3Revision revision, String sha256, long size, int fileCount, boolean reused) {
        this.revision = revision;
        this.sha256 = sha256;
        this.size = size;
        this.fileCount = fileCount;
        this.reused = reused;
    }

    public S3Revision revision() {
        return revision;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public int fileCount() {
        return fileCount;
    }

    public boolean reused() {
        return reused;
    }

    /** One line for the build log. */
    public String summary() {
        return (reused ? "Reused " : "Pushed ") + revision.location() + " (" + revision.bundleType() + ", " + size
                + " bytes, " + fileCount + " files, sha256 " + sha256 + versionText() + ")";
    }

    private String versionText() {
        @CheckForNull String version = revision.version();
        return version == null ? "" : ", version " + version;
    }

    /**
     * The revision as plain values, for a Pipeline script to read; {@code revision} holds exactly what codeDeploy
     * takes as its {@code revision:} argument.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("bucket", revision.bucket());
        map.put("key", revision.key());
        map.put("bundleType", revision.bundleType());
        map.put("eTag", revision.eTag());
        map.put("versionId", revision.version());
        map.put("sha256", sha256);
        map.put("size", size);
        map.put("fileCount", fileCount);
        map.put("reused", reused);
        map.put("location", revision.location());
        map.put("revision", revision.toArguments());
        return map;
    }
}
