package org.gongkai.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    /** [-deleted-]{+inserted+} notation, as git's word diff. */
    private static String show(String a, String b) {
        return TextDiff.diff(a, b).stream().map(s -> switch (s.op()) {
            case DELETE -> "[-" + s.text() + "-]";
            case INSERT -> "{+" + s.text() + "+}";
            default -> s.text();
        }).collect(Collectors.joining());
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        assertEquals("做好{+网络+}安全{+与+}保密工作", show("做好安全保密工作", "做好网络安全与保密工作"));
        assertEquals("[-根-]{+依+}据年度计划", show("根据年度计划", "依据年度计划"));
    }

    @Test
    void numbersAndLatinWordsChangeWhole() {
        assertEquals("≥[-95-]{+85+}%", show("≥95%", "≥85%"));
        assertEquals("预算数[-212.16-]{+190.35+}万元", show("预算数212.16万元", "预算数190.35万元"));
        assertEquals("[-Word-]{+Excel+}文件", show("Word文件", "Excel文件"));
    }

    @Test
    void aShortCommonShredInsideARewriteIsShownAsPartOfIt() {
        // Without cleanup the 】 shared by both document numbers would split the change in two.
        assertEquals("冀财教【[-2022】145-]{+2023】88+}号", show("冀财教【2022】145号", "冀财教【2023】88号"));
    }

    @Test
    void aTextRewrittenFromScratchIsShownWhole() {
        assertEquals("[-保障设备正常运转-]{+提高群众科学素质+}", show("保障设备正常运转", "提高群众科学素质"));
    }

    @Test
    void theSegmentsAlwaysRebuildBothTexts() {
        String[][] pairs = {{"", "新增"}, {"删除", ""}, {"a😀b", "a😁b"}, {"同样", "同样"},
                {"第一行\n第二行", "第一行\n第二行改\n第三行"}, {"x".repeat(3000), "y".repeat(3000)}};
        for (String[] p : pairs) {
            List<TextDiff.Segment> segments = TextDiff.diff(p[0], p[1]);
            assertEquals(p[0], rebuild(segments, TextDiff.Op.INSERT));
            assertEquals(p[1], rebuild(segments, TextDiff.Op.DELETE));
        }
        assertFalse(TextDiff.changed(TextDiff.diff("同样", "同样")));
    }

    private static String rebuild(List<TextDiff.Segment> segments, TextDiff.Op skip) {
        return segments.stream().filter(s -> s.op() != skip).map(TextDiff.Segment::text).collect(Collectors.joining());
    }

    /**
     * Against the diff as it was before its units became ranges of the text (ReferenceTextDiff):
     * the same segments for random pairs, most of them one text and an edit of it.
     */
    @Test
    void segmentsAreThoseOfTheReferenceDiff() {
        java.util.Random random = new java.util.Random(2024);
        String[] units = {"预", "算", "绩", "效", "目", "标", "9", "5", "0", ".", "12.5", "a", "b", "ab", "Z", "😀", "😁", "\n",
            "；", "%", "≥", " ", "\uD800"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder a = new StringBuilder();
            for (int i = random.nextInt(random.nextInt(10) == 0 ? 1500 : 60); i > 0; i--) {
                a.append(units[random.nextInt(units.length)]);
            }
            StringBuilder b = new StringBuilder(a);
            if (random.nextInt(5) == 0) {
                b.setLength(0);
                for (int i = random.nextInt(60); i > 0; i--) {
                    b.append(units[random.nextInt(units.length)]);
                }
            } else {
                for (int e = random.nextInt(6); e > 0; e--) {
                    int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
                    if (random.nextBoolean() && at < b.length()) {
                        b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(4)));
                    } else {
                        b.insert(at, units[random.nextInt(units.length)]);
                    }
                }
            }
            String before = random.nextInt(50) == 0 ? null : a.toString();
            String after = b.toString();
            List<String> expected = ReferenceTextDiff.diff(before, after).stream().map(x -> x.op() + ":" + x.text()).toList();
            List<String> got = TextDiff.diff(before, after).stream().map(x -> x.op() + ":" + x.text()).toList();
            assertEquals(expected, got, before + " → " + after);
        }
    }
}
