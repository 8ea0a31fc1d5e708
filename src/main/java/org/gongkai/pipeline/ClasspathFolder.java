package org.gongkai.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads every file below a folder on the class path, from the jar or from an unpacked build. */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** Relative name (forward slashes) → bytes, in name order; empty when the folder does not exist. */
    public static Map<String, byte[]> read(String folder) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        Map<String, byte[]> files = new TreeMap<>();
        if (url == null) {
            return files;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                collect(fs.getPath(folder), files);
            } else {
                collect(Path.of(uri), files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static void collect(Path base, Map<String, byte[]> files) throws IOException {
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(base.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
    }
}
