package io.jenkins.plugins.canarydeploy.bundle;

/**
 * What a bundle entry is. Folders are not entries: they are implied by the paths of the files in them, and the
 * CodeDeploy agent creates them when it unpacks the bundle (so empty folders are not bundled).
 */
public enum EntryKind {
    FILE,
    SYMLINK
}
