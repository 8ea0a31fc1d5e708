import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Run at package time on the jar, with ASM on the class path ({@code java -cp asm.jar
 * dist/OldClassFiles.java target/gongkai.jar}): makes its Java 5 class files (picocli's, built
 * for Java 5) Java 8 ones, the same code with the stack maps Java 7 brought in, which ASM
 * computes. The JVM's class-data archive takes no class older than Java 6 ("Pre JDK 6 class not
 * supported by CDS"), and none whose verification needed the old verifier, which a class without
 * stack maps does: so every command read picocli's 180 classes from the jar and verified them
 * with the old, slow verifier, about a fifth of a second before any work. A class ASM cannot
 * give stack maps to is left as it is. Prints how many class files it made Java 8.
 */
public final class OldClassFiles {

    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        // Stack maps name the common superclass of two types: ASM loads them, from a copy of the jar as it was.
        Path copy = Files.createTempFile("gongkai-classes", ".jar");
        Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int made = 0;
        int left = 0;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {copy.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
                FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> classes;
            try (Stream<Path> walk = Files.walk(zip.getPath("/"))) {
                classes = walk.filter(p -> p.toString().endsWith(".class")).toList();
            }
            for (Path c : classes) {
                byte[] b = Files.readAllBytes(c);
                // 0xCAFEBABE, then the minor and the major version, big-endian.
                if (b.length < 8 || (b[0] & 0xFF) != 0xCA || (b[1] & 0xFF) != 0xFE || (b[6] << 8 | b[7] & 0xFF) >= JAVA_6) {
                    continue;
                }
                try {
                    Files.write(c, java8(b, loader));
                    made++;
                } catch (RuntimeException e) {
                    left++;
                }
            }
        } finally {
            Files.deleteIfExists(copy);
        }
        System.out.println(made + " class files made Java 8 in " + jar.getFileName()
                + (left > 0 ? "; " + left + " left as they were" : ""));
    }

    private static byte[] java8(byte[] old, ClassLoader loader) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return loader;
            }
        };
        new ClassReader(old).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }
}
