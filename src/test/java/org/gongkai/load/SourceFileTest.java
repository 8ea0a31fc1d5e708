package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceFile#text} decodes with the String constructor and falls back to the strict decoder
 * only where that marked a byte: against the strict decoder alone, on random bytes that are valid
 * UTF-8, broken UTF-8, or hold U+FFFD itself, it gives the same text, or refuses the same files.
 */
class SourceFileTest {

    @Test
    void decodesAndRefusesExactlyAsTheStrictDecoder() {
        Random random = new Random(8);
        String[] pieces = {"预算", "a", "：", "\uFFFD", "😀", "\n", "年度", "0.10"};
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            switch (random.nextInt(4)) {
                case 0 -> { } // valid
                case 1 -> { // a byte changed anywhere
                    if (bytes.length > 0) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> bytes = java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - 1)); // cut mid-character
                default -> { // a BOM first
                    byte[] withBom = new byte[bytes.length + 3];
                    withBom[0] = (byte) 0xEF;
                    withBom[1] = (byte) 0xBB;
                    withBom[2] = (byte) 0xBF;
                    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
                    bytes = withBom;
                }
            }
            Problems problems = new Problems();
            byte[] input = bytes;
            String got = SourceFile.text(input, "f.yaml", problems);
            String expected = strict(input);
            assertEquals(expected, got, () -> java.util.HexFormat.of().formatHex(input));
            assertEquals(expected == null, !problems.isEmpty());
            if (expected == null) {
                refused++;
            }
        }
        assertEquals(true, refused > 1000 && refused < 19_000, "both kinds tried: " + refused + " refused");
    }

    /** Read into a reused array: every size round its growth reads the file's bytes; past the limit, it is refused. */
    @Test
    void readsEveryFileWholeUpToTheLimit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Random random = new Random(9);
        int[] sizes = {0, 1, 32_767, 32_768, 32_769, 65_536, 100_000, SourceFile.MAX_BYTES - 1, SourceFile.MAX_BYTES,
            SourceFile.MAX_BYTES + 1, 3 * SourceFile.MAX_BYTES, 5};
        for (int size : sizes) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            java.nio.file.Path file = dir.resolve("f" + size + ".yaml");
            java.nio.file.Files.write(file, content);
            Problems problems = new Problems();
            byte[] read = SourceFile.bytes(file, "f.yaml", problems);
            if (size > SourceFile.MAX_BYTES) {
                assertEquals(null, read, "size " + size);
                assertEquals(false, problems.isEmpty());
            } else {
                org.junit.jupiter.api.Assertions.assertArrayEquals(content, read, "size " + size);
                assertEquals(true, problems.isEmpty());
            }
        }
    }

    private static String strict(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
