package org.gongkai.check;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator framework profile of a site: which 二级指标 belong under which 一级指标.
 * "2020" is the common three-level framework (财预〔2020〕10号 style); "2021" moves 成本指标 to
 * level 1 (财预〔2021〕101号 style). {@code levels} keeps the profile's order, so messages that
 * list the levels read the same in every run.
 */
public record Framework(String name, Map<String, List<String>> levels, Map<String, String> homes) {

    public static final String OUTPUT = "产出指标";
    public static final String BENEFIT = "效益指标";
    public static final String SATISFACTION = "满意度指标";

    public static Framework of(String name) {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        if ("2021".equals(name)) {
            levels.put(OUTPUT, List.of("数量指标", "质量指标", "时效指标"));
            levels.put("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
        } else {
            levels.put(OUTPUT, List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        }
        levels.put(BENEFIT, List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        levels.put(SATISFACTION, List.of("服务对象满意度指标"));
        Map<String, String> homes = new HashMap<>();
        levels.forEach((level1, list) -> list.forEach(level2 -> homes.put(level2, level1)));
        // Not Map.copyOf: its order changes from one run to the next, and messages list the levels.
        return new Framework(name, Collections.unmodifiableMap(levels), Map.copyOf(homes));
    }

    /** The 一级指标 a 二级指标 belongs to in this profile, or null. */
    public String levelOf(String level2) {
        return homes.get(level2);
    }
}
