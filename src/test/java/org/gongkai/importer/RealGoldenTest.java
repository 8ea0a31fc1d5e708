package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;

/**
 * The four shared real documents import to the committed content files in
 * src/test/resources/real-golden/NAME/ (reviewed against the source by hand). After an intended
 * change, regenerate with
 * {@code -Dgongkai.golden.write=true} and review the diff.
 */
class RealGoldenTest {

    private static final Path GOLDEN = Sites.REPO.resolve("src/test/resources/real-golden");
    private static final List<String> DOCUMENTS = List.of("yueyang-nyncj-2022", "qingshan-kjj-2021",
            "ningxiang-batang-2021", "tongxin-xmg-2023");

    @Test
    void theSharedDocumentsImportToTheirGoldenFiles() throws Exception {
        for (String name : DOCUMENTS) {
            Path text = RealDocumentsIT.REAL.resolve(name + ".txt");
            Map<String, String> actual = files(Importer.run(List.of(text),
                    new Importer.Options(RealDocumentsIT.year(text), Map.of())));
            Path dir = GOLDEN.resolve(name);
            if (Boolean.getBoolean("gongkai.golden.write")) {
                for (Map.Entry<String, String> e : actual.entrySet()) {
                    Path file = dir.resolve(e.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                }
            }
            assertEquals(new TreeMap<>(Sites.read(dir)), actual, name);
        }
    }

    /** Output path without content/YEAR/ → YAML. */
    private static Map<String, String> files(Importer.Result result) {
        Map<String, String> files = new TreeMap<>();
        for (Importer.Output o : result.outputs()) {
            Path p = o.path();
            files.put(p.subpath(2, p.getNameCount()).toString().replace('\\', '/'), o.yaml());
        }
        return files;
    }
}
