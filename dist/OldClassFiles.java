import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Run at package time on the jar ({@code java dist/OldClassFiles.java target/gongkai.jar}): marks
 * its Java 5 class files (version 49: picocli's, built for Java 5) as Java 6 (version 50), the
 * same bytecode. The JVM's class-data archive takes no class older than Java 6 ("Pre JDK 6 class
 * not supported by CDS"), so every command read and verified picocli's 174 classes from the jar
 * again: a 1,000-project build took 5% longer. A Java 6 class file may lack the stack maps Java 7
 * requires; the JVM then verifies it as it verified the Java 5 one. Marked, 110 of the 180
 * picocli classes a build loads are archived; the others, whose verification falls back to the
 * old verifier, are still read from the jar. Prints how many class files it marked.
 */
public final class OldClassFiles {

    private static final int JAVA_5 = 49;
    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        int marked = 0;
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> classes;
            try (Stream<Path> walk = Files.walk(zip.getPath("/"))) {
                classes = walk.filter(p -> p.toString().endsWith(".class")).toList();
            }
            for (Path c : classes) {
                byte[] b = Files.readAllBytes(c);
                // 0xCAFEBABE, then the minor and major version, big-endian.
                if (b.length > 8 && (b[0] & 0xFF) == 0xCA && (b[1] & 0xFF) == 0xFE && (b[2] & 0xFF) == 0xBA
                        && (b[3] & 0xFF) == 0xBE && b[6] == 0 && b[7] == JAVA_5) {
                    b[7] = JAVA_6;
                    Files.write(c, b);
                    marked++;
                }
            }
        }
        System.out.println(marked + " class files marked Java 6 in " + jar.getFileName());
    }
}
