package io.jenkins.plugins.canarydeploy.bundle;

import java.util.Locale;
import java.util.Set;

/** File types that are compressed already: deflating them again costs time and gains nothing, so zip stores them. */
final class StoredExtensions {
    private static final Set<String> EXTENSIONS = Set.of(
            "jar", "war", "ear", "zip", "gz", "tgz", "bz2", "xz", "zst", "lz4", "lzma", "7z", "rar", "br", "png", "jpg",
            "jpeg", "gif", "webp", "avif", "heic", "ico", "mp3", "mp4", "m4a", "m4v", "ogg", "webm", "mov", "avi",
            "mkv", "flac", "aac", "woff", "woff2", "pdf", "docx", "xlsx", "pptx", "apk", "whl", "nupkg", "deb", "rpm");

    private StoredExtensions() {}

    static boolean isCompressed(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
