package org.gongkai.load;

import java.util.List;
import java.util.Map;

/**
 * Suggests the key a writer probably meant: a near spelling of a known key, or the key that
 * stands for a label of the printed form (预算数 → total), since finance staff think in labels.
 */
public final class DidYouMean {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("项目编码", "code"), Map.entry("编码", "code"), Map.entry("部门编码", "code"),
            Map.entry("项目名称", "name"), Map.entry("名称", "name"), Map.entry("部门名称", "name"),
            Map.entry("年度", "year"), Map.entry("单位", "unit"), Map.entry("预算单位", "units"),
            Map.entry("简称", "short_name"), Map.entry("总体绩效目标", "overall_goal"),
            Map.entry("分项绩效目标", "item_goals"), Map.entry("工作保障措施", "measures"),
            Map.entry("预算", "budget"), Map.entry("预算规模", "budget"), Map.entry("预算数", "total"),
            Map.entry("财政资金", "fiscal"), Map.entry("其中：财政资金", "fiscal"), Map.entry("其他资金", "other"),
            Map.entry("资金用途", "purpose"), Map.entry("资金支出计划", "schedule"),
            Map.entry("绩效目标", "goals"), Map.entry("年度目标", "goals"), Map.entry("长期目标", "long_term_goals"),
            Map.entry("绩效指标", "indicators"), Map.entry("一级指标", "level1"), Map.entry("二级指标", "level2"),
            Map.entry("三级指标", "name"), Map.entry("绩效指标描述", "description"), Map.entry("指标值", "target"),
            Map.entry("指标值确定依据", "basis"), Map.entry("项目属性", "attribute"),
            Map.entry("主管部门", "department_in_charge"), Map.entry("项目负责人", "owner"),
            Map.entry("起止时间", "period"), Map.entry("期限", "term"), Map.entry("标题", "title"),
            Map.entry("排序", "order"), Map.entry("序号", "order"));

    private DidYouMean() {
    }

    /** The best suggestion among {@code known}, or null when nothing is close (also for the command line's names). */
    public static String suggest(String key, List<String> known) {
        String label = LABELS.get(key.strip());
        if (label != null && known.contains(label)) {
            return label;
        }
        String normalized = key.strip().toLowerCase().replace('-', '_').replace(' ', '_');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(normalized, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, best == null ? 0 : best.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** Optimal string alignment distance: Levenshtein that also counts a swap of neighbours as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
