/**
 * The {@code gongkai} command line: one picocli command class per sub-command, turning results
 * and failures into printed messages and exit codes.
 */
package org.gongkai.cli;
