package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The prose of one department's part 1: 一、总体绩效目标 and 三、工作保障措施 one paragraph each,
 * and 二、分项绩效目标 as items — a name, its content, then “绩效目标：” and “绩效指标：” lines.
 */
final class PartOneReader {

    private final Drafts.Department dept;
    private final SeedContext context;
    /** The item whose lines are being read; a new heading or a name after its goal starts the next. */
    private Drafts.Item item;

    PartOneReader(Drafts.Department dept, SeedContext context) {
        this.dept = dept;
        this.context = context;
    }

    void overall(String text) {
        dept.overall.add(text);
    }

    void measure(String text) {
        dept.measures.add(text);
    }

    /** The 二、分项绩效目标 heading: the items below it start afresh. */
    void startItems() {
        item = null;
    }

    void itemParagraph(Cell p, String text, String n) {
        boolean goal = n.startsWith("绩效目标:");
        boolean indicator = n.startsWith("绩效指标:");
        if ((goal || indicator) && item == null) {
            context.report(p, "“" + (goal ? "绩效目标" : "绩效指标") + "：”之前没有分项名称");
            item = new Drafts.Item();
            dept.items.add(item);
        }
        if (goal) {
            item.goal = Labels.afterColon(text);
        } else if (indicator) {
            item.indicator = Labels.afterColon(text);
        } else if (item == null || Labels.isNumbered(text) || item.goal != null || item.indicator != null) {
            item = new Drafts.Item();
            item.name = Labels.stripNumber(text);
            dept.items.add(item);
        } else {
            item.content.add(text);
        }
    }

    /** What part 1 must have, when the department printed one; null when nothing is missing. */
    static String missing(Drafts.Department d) {
        if (!d.hasPartOne) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (d.overall.isEmpty()) {
            missing.add("一、总体绩效目标");
        }
        if (d.items.isEmpty()) {
            missing.add("二、分项绩效目标");
        }
        if (d.measures.isEmpty()) {
            missing.add("三、工作保障措施");
        }
        for (Drafts.Item it : d.items) {
            if (it.name == null || it.goal == null || it.indicator == null) {
                missing.add("分项“" + (it.name == null ? "（无名称）" : it.name) + "”的"
                        + (it.name == null ? "名称" : it.goal == null ? "绩效目标" : "绩效指标"));
            }
        }
        return missing.isEmpty() ? null : String.join("、", missing);
    }
}
