package org.gongkai.pipeline;

/** A build that cannot go on for a reason the user can fix (output location, theme error…). */
public class BuildException extends Exception {

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
