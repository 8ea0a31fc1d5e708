package org.gongkai.model;

import java.util.Map;

/**
 * site.yaml {@code check:}: rule id → "off", "error", "warning" or "notice", and whether the
 * built site gets a 数据质量 page (for internal review builds).
 */
public record CheckSettings(Map<String, String> rules, boolean reportPage) {

    public static final CheckSettings DEFAULT = new CheckSettings(Map.of(), false);

    public CheckSettings {
        rules = Map.copyOf(rules);
    }
}
