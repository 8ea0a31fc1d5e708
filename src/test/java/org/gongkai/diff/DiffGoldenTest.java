package org.gongkai.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gongkai.support.Cli;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The diff of the two-year fixture in each output format, byte for byte against
 * src/test/resources/golden-diff/: content written before the form family keys existed must
 * compare exactly as it did. After an intended change:
 * {@code mvn test -Dtest=DiffGoldenTest -Dgolden.update=true}, then review the git diff.
 */
class DiffGoldenTest {

    static final Path GOLDEN = Sites.REPO.resolve("src/test/resources/golden-diff");

    @TestFactory
    Stream<DynamicTest> twoYearsInEveryFormat() {
        return Stream.of("text", "json", "markdown").map(format -> DynamicTest.dynamicTest(format, () -> {
            Cli.Run run = Cli.run("diff", "2023", "2024", "--site", DifferTest.TWO_YEARS.toString(), "--format",
                    format, "--color", "never");
            assertEquals(0, run.code(), run.err());
            Path golden = GOLDEN.resolve("two-years." + format);
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, run.out());
            }
            assertEquals(Files.readString(golden), run.out());
        }));
    }

    @org.junit.jupiter.api.Test
    void summaryForAPullRequestComment() throws Exception {
        Cli.Run run = Cli.run("diff", "2023", "2024", "--site", DifferTest.TWO_YEARS.toString(), "--summary");
        assertEquals(0, run.code(), run.err());
        Path golden = GOLDEN.resolve("two-years.summary.markdown");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, run.out());
        }
        assertEquals(Files.readString(golden), run.out());
    }
}
