package io.jenkins.plugins.canarydeploy.bundle;

/**
 * A problem found in (or about) the AppSpec file before anything is uploaded.
 *
 * @param file the bundle path of the file concerned
 * @param line the line in that file, from 1; 0 when the problem is about the file as a whole
 * @param message what is wrong and how to fix it
 */
public record AppSpecProblem(String file, int line, String message) {
    /** "file:line: message", for build logs. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
