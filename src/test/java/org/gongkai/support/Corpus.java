package org.gongkai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes generated content trees of realistic disclosures: the shape of bench/gen_corpus.py (the
 * benchmarks' generator) in Java, so tests need no Python. Same vocabulary, folders, codes and
 * keys; every text is double-quoted, so the files are valid but not in fmt's canonical layout.
 * Deterministic: the same arguments give the same bytes. A second year carries most projects
 * over with changed amounts, drops some and adds some, as real years do.
 */
public final class Corpus {

    private static final long SEED = 23;

    private static final List<String> DEPARTMENTS = List.of(
            "科学技术协会", "教育局", "卫生健康局", "农业农村局", "民政局", "文化广电和旅游局",
            "交通运输局", "水务局", "自然资源和规划局", "住房和城乡建设局", "人力资源和社会保障局",
            "财政局", "审计局", "统计局", "市场监督管理局", "应急管理局", "生态环境局", "退役军人事务局",
            "医疗保障局", "司法局", "商务局", "林业局", "体育局", "档案馆", "图书馆", "科技馆");
    private static final List<String> UNITS = List.of("本级", "机关", "事务中心", "服务中心", "执法大队", "管理站");
    private static final List<String> REGIONS = List.of("遵化市", "迁安市", "滦州市", "玉田县", "乐亭县", "迁西县", "丰润区", "丰南区");
    /** Project name and the use of its money ({n}: a count). */
    private static final List<String[]> PROJECT_KINDS = List.of(
            new String[] {"计算机购置", "主要用于购置办公计算机{n}台"},
            new String[] {"科普活动经费", "用于组织开展科普宣传活动"},
            new String[] {"业务经费", "用于业务办公经费"},
            new String[] {"运行经费", "用于场馆日常运行和设备维护"},
            new String[] {"免费开放补助资金", "主要用于场馆免费开放和展品更新"},
            new String[] {"培训经费", "用于组织业务培训{n}期"},
            new String[] {"信息化建设经费", "用于信息系统运行维护和安全保障"},
            new String[] {"专项调研经费", "用于开展专题调研和规划编制"},
            new String[] {"设备维护经费", "用于设备维修维护和更新"},
            new String[] {"宣传经费", "用于印制宣传材料和媒体宣传"});
    private static final List<String> GOAL_SENTENCES = List.of(
            "充分发挥{what}主阵地作用，在馆内外开展喜闻乐见、参与性强的活动，提高影响力。",
            "保障{what}工作正常高效运转，提高资金使用效益。",
            "加强大众媒体科普传播能力建设，扩大对外宣传。",
            "实施社会科普资源开发共享，培养科普组织和科普人才。",
            "做好安全保密工作，确保各项任务按时保质完成。",
            "促进基础设施不断完善，满足人民群众对科学文化的需求。");
    /** level1, level2, name, description, target (placeholders filled per project). */
    private static final List<String[]> INDICATORS = List.of(
            new String[] {"产出指标", "数量指标", "组织参观学习人次", "组织参观学习人次", "≥{big}人次"},
            new String[] {"产出指标", "数量指标", "开展活动次数", "全年开展活动总数", "≥{small}次"},
            new String[] {"产出指标", "数量指标", "对外开放天数", "全年对外开放天数", "≥300 天"},
            new String[] {"产出指标", "数量指标", "审核金额", "按照公用经费管理办法审核经费开支", "≥{amount} 万元"},
            new String[] {"产出指标", "质量指标", "采购质量", "把关采购设备质优价廉", "≥{pct} %"},
            new String[] {"产出指标", "质量指标", "设备完好率", "展品及设备保证正常运转", "≥{pct}%"},
            new String[] {"产出指标", "质量指标", "补助资金发放完成率（%）", "实际补助资金占应到位补助资金的比例", "≥{pct}%"},
            new String[] {"产出指标", "时效指标", "任务完成及时率", "各项任务按时完成的比例", "≥{pct} %"},
            new String[] {"产出指标", "时效指标", "费用报销及时性", "按照审批程序及时报销经费、不拖延", "≥{pct} %"},
            new String[] {"产出指标", "成本指标", "预算执行率", "实际支出占预算的比例", "≥{pct} %"},
            new String[] {"产出指标", "成本指标", "公用经费节约率", "节约率=（预算金额-报销金额）/预算金额", "≤{low}%"},
            new String[] {"效益指标", "社会效益指标", "促进公众科学素质的提升", "对公众科学素质的提升提供支持", "较大"},
            new String[] {"效益指标", "社会效益指标", "政策知晓率", "调查中知晓政策的人数占比", "≥{pct}%"},
            new String[] {"效益指标", "经济效益指标", "维护完成率", "维护任务完成的比例", "≥{pct} %"},
            new String[] {"效益指标", "经济效益指标", "科技进步贡献率", "反映科技产业经济发展的拉动作用", "≥5%"},
            new String[] {"效益指标", "生态效益指标", "宣传材料发放量", "全年发放宣传册数", "≥{big}册"},
            new String[] {"效益指标", "生态效益指标", "改善生态环境质量", "改善生态环境质量", "提升生态环境质量"},
            new String[] {"效益指标", "可持续影响指标", "项目作用发挥期限", "项目实施对全民科学素质提升的持续影响期限", "长期"},
            new String[] {"效益指标", "可持续影响指标", "网络安全稳定运行比例", "网络安全稳定运行时长占总时长的比例", "≥{pct} %"},
            new String[] {"满意度指标", "服务对象满意度指标", "服务对象满意度", "调查中满意和较满意的参与者数量占调查总人数的比率", "≥{pct} %"},
            new String[] {"满意度指标", "服务对象满意度指标", "群众满意度", "参观人员整体满意度", "≥{sat} %"});
    private static final List<String> BASES = List.of("根据年初工作计划安排", "冀财教【2022】145号", "依据部门职责和年度工作计划", "参照历史数据");
    private static final String CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private Corpus() {
    }

    /** One project of a department across the years: its code, kind and current amount. */
    private static final class Project {
        final String code;
        final String[] kind;
        BigDecimal amount;

        Project(String code, String[] kind, BigDecimal amount) {
            this.code = code;
            this.kind = kind;
            this.amount = amount;
        }
    }

    /**
     * Writes {@code content/<year>/<department>/…} into {@code dir} for {@code departments}
     * departments of about {@code projects} projects each, in each of {@code years} (the first
     * year sets the project codes). Returns {@code dir}.
     */
    public static Path generate(Path dir, int departments, int projects, String... years) {
        Random rng = new Random(SEED);
        Path content = dir.resolve("content");
        int firstYear = Integer.parseInt(years[0]);
        for (int d = 0; d < departments; d++) {
            String deptName = REGIONS.get(d % REGIONS.size()) + DEPARTMENTS.get(d % DEPARTMENTS.size()) + pick(rng, UNITS);
            String deptCode = String.format("%03d%03d", 700 + d / 10, d % 1000);
            int count = Math.max(1, (int) (projects + rng.nextGaussian() * projects / 3.0));
            List<Project> current = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                String[] kind = pick(rng, PROJECT_KINDS);
                String code = String.format("130281%02dP%06d%05d%c", firstYear % 100, d, p,
                        CODE_CHARS.charAt(rng.nextInt(CODE_CHARS.length())));
                current.add(new Project(code, kind, money(rng, 50, 50_000)));
            }
            for (int y = 0; y < years.length; y++) {
                int year = Integer.parseInt(years[y]);
                if (y > 0) {   // a later year: drop some, add some, change amounts
                    current.removeIf(p -> rng.nextDouble() < 0.1);
                    for (Project p : current) {
                        if (rng.nextBoolean()) {
                            p.amount = p.amount.multiply(BigDecimal.valueOf(80 + rng.nextInt(46)))
                                    .movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
                        }
                    }
                    for (int added = rng.nextInt(3); added > 0; added--) {
                        String code = String.format("130281%02dP%06d%05dN", year % 100, d, 50_000 + rng.nextInt(50_000));
                        current.add(new Project(code, pick(rng, PROJECT_KINDS), money(rng, 50, 50_000)));
                    }
                }
                Path base = content.resolve(String.valueOf(year)).resolve(deptCode);
                write(base.resolve("department.yaml"), department(deptCode, deptName, year));
                for (Project p : current) {
                    Random own = new Random(SEED * 31 + (year + "/" + p.code).hashCode());
                    write(base.resolve("projects").resolve(p.code + ".yaml"), project(own, p));
                }
            }
        }
        return dir;
    }

    private static String project(Random rng, Project p) {
        String use = p.kind[1].replace("{n}", String.valueOf(1 + rng.nextInt(20)));
        BigDecimal other = rng.nextDouble() < 0.8 ? BigDecimal.ZERO
                : money(rng, 0, p.amount.movePointRight(2).intValueExact() / 3 + 1);
        BigDecimal fiscal = p.amount.subtract(other);
        List<String> lines = new ArrayList<>(List.of(
                "code: " + p.code,
                "name: " + q(p.kind[0]),
                "budget:",
                "  total: " + p.amount.toPlainString(),
                "  fiscal: " + fiscal.toPlainString(),
                "  other: " + other.toPlainString(),
                "purpose: " + q("预算数" + p.amount.toPlainString() + "万元，其中财政资金" + fiscal.toPlainString()
                        + "万元，其他资金" + other.toPlainString() + "万元。" + use + "。"),
                "schedule:",
                "  3: 30",
                "  6: 60",
                "  10: 90",
                rng.nextDouble() < 0.9 ? "  12: 100" : "  12: null",
                "goals:"));
        for (String sentence : sample(rng, GOAL_SENTENCES, 1 + rng.nextInt(3))) {
            lines.add("  - " + q(sentence.replace("{what}", p.kind[0])));
        }
        lines.add("indicators:");
        List<Integer> picked = sample(rng, IntStream.range(0, INDICATORS.size()).boxed().toList(), 6 + rng.nextInt(9));
        Collections.sort(picked);
        for (int i : picked) {
            String[] row = INDICATORS.get(i);
            String target = row[4].replace("{big}", String.valueOf(pick(rng, List.of(500, 1000, 2000, 50000))))
                    .replace("{small}", String.valueOf(5 + rng.nextInt(56)))
                    .replace("{amount}", p.amount.toPlainString())
                    .replace("{pct}", String.valueOf(pick(rng, List.of(85, 90, 95, 98, 100))))
                    .replace("{low}", String.valueOf(pick(rng, List.of(3, 5, 10))))
                    .replace("{sat}", String.valueOf(pick(rng, List.of(85, 90, 95))));
            lines.add("  - level1: " + row[0]);
            lines.add("    level2: " + row[1]);
            lines.add("    name: " + q(row[2]));
            lines.add("    description: " + q(row[3]));
            lines.add("    target: " + q(target));
            lines.add("    basis: " + q(pick(rng, BASES)));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String department(String code, String name, int year) {
        return String.join("\n",
                "code: " + q(code),
                "name: " + q(name),
                "year: " + year,
                "unit: 万元",
                "overall_goal: |",
                "  " + year + "年" + name + "将全面提升为群众服务的质量水平，继续加强基础设施建设，",
                "  开展多种形式的活动，加强服务能力建设及人才队伍建设，为公众提供更好的公共产品和服务。",
                "item_goals:",
                "  - name: 综合业务",
                "    content: 开展专题调研，保障机关网站运行、项目管理等各项工作开展。",
                "    goal: 各类业务工作谋划到位、开展有序，保障机关工作正常高效运转。",
                "    indicator: 服务对象满意度指标值=100%。",
                "measures: |",
                "  **完善制度建设。** 制度建设是绩效管理工作的基石。",
                "",
                "  **加强支出管理。** 优化支出结构、编细编实预算、尽快启动项目、及时支付资金。",
                "",
                "  **加强绩效运行监控。** 按要求开展绩效运行监控，发现问题及时采取措施。") + "\n";
    }

    /** An amount in 万元 with two decimals, from {@code lowCents} up to (not including) {@code highCents}. */
    private static BigDecimal money(Random rng, int lowCents, int highCents) {
        return BigDecimal.valueOf(lowCents + rng.nextInt(highCents - lowCents), 2);
    }

    /** A YAML scalar in double quotes, escaped. */
    private static String q(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static <T> T pick(Random rng, List<T> from) {
        return from.get(rng.nextInt(from.size()));
    }

    /** {@code n} distinct elements of {@code from}, in the order drawn. */
    private static <T> List<T> sample(Random rng, List<T> from, int n) {
        List<T> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, rng);
        return new ArrayList<>(shuffled.subList(0, n));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
