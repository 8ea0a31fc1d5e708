package org.gongkai.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ("dev" when run from unpacked classes). */
public final class Version implements CommandLine.IVersionProvider {

    public static String number() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"gongkai " + number(), "Java " + System.getProperty("java.version")};
    }
}
