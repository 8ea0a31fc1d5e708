package org.gongkai.importer;

/** A source file that cannot be read at all; the message names the file and is shown as is. */
public final class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }
}
