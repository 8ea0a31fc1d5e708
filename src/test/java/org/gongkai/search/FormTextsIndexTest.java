package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of the wider form family are searched: a word that stands only in one of them finds its
 * project or department, read back from the built index files as search.js reads them.
 */
class FormTextsIndexTest {

    static final String SITE = """
            -- site.yaml --
            title: 测试
            -- content/2023/坝塘镇/department.yaml --
            name: 宁乡市坝塘镇人民政府
            year: 2023
            unit: 万元
            overall_goal: |
              FILLER
              总体目标末尾写明杜衡台账。
            item_goals:
              - name: 分项一
                content: 落实青蘅巡查
                goal: 完成藿香名录
                indicator: 辛夷覆盖
            measures: |
              FILLER
              （三）修订内控手册，落实采购审批。
            rows:
              - label: 统一社会信用代码
                value: 赣榆登记
            notes:
              - 附件：鹭鸶湾说明
            overall_table:
              functions: 负责蓼花洲水利工作
              tasks:
                - name: 荇菜治理
                  content: 完成蘅芜苑改造
              budget:
                total: 100
                sources:
                  - name: 收入构成
                    amount: 100
                    sources:
                      - name: 葭苇收入
                        amount: 100
              indicators:
                - level1: 产出指标
                  level2: 数量指标
                  name: 蒹葭覆盖率
                  target: "≥90%"
            -- content/2023/坝塘镇/projects/高标准农田建设.yaml --
            name: 高标准农田建设
            budget:
              total: 854
              sources:
                - name: 财政拨款
                  amount: 800
                  sources:
                    - name: 鸿雁专项
                      amount: 400
                - name: 自有资金
                  amount: 54
            implementing_unit: 芙蕖合作社
            overview: 建设旱涝保收农田
            mid_term_goals:
              - 建成菡萏示范区
            overall_goals:
              - 形成蕙兰产业带
            indicator_columns:
              - key: level1
                heading: 一级指标
              - key: name
                heading: 三级指标
              - key: target
                heading: 指标值
              - heading: 备注
            indicators:
              - level1: 产出指标
                name: 建设面积
                target: "≥1000亩"
                extra:
                  备注: 含薜荔地块
            rows:
              - section: 项目立项情况
                label: 杜若编号
                value: 彭兵
            tables:
              - title: 项目实施进度计划
                columns: [实施内容, 完成时间]
                rows:
                  - [芷兰渠道修缮, "2023"]
                  - [null, "2024"]
            notes:
              - 附件：茝若测算表
            """.replace("FILLER", "加强预算管理，提高资金使用效益。".repeat(40));

    static List<SearchDocument> documents;
    static Map<String, String> files;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Site site = SiteLoader.load(Sites.write(dir, SITE));
        files = SearchIndexTest.read(SearchIndex.build(site));
        documents = new ArrayList<>();
        for (Department d : Documents.departments(site)) {
            documents.addAll(Documents.of(d));
        }
    }

    /** The titles of the documents that hold every token of {@code query}, from the shard files. */
    static List<String> found(String query) throws Exception {
        int shards = call("meta.js").get(0).get("shards").asInt();
        Set<Integer> hits = null;
        for (String token : Tokenizer.query(query)) {
            JsonNode postings = call("t/" + SearchIndex.shardOf(token, shards) + ".js").get(1).get(token);
            Set<Integer> ids = new LinkedHashSet<>();
            if (postings != null) {
                Arrays.stream(SearchIndexTest.decode(postings.get(0).asText())).forEach(ids::add);
            }
            if (hits == null) {
                hits = ids;
            } else {
                hits.retainAll(ids);
            }
        }
        return hits.stream().map(id -> documents.get(id).type() + " " + documents.get(id).title()).toList();
    }

    static JsonNode call(String file) throws Exception {
        String text = files.get(SearchIndex.DIR + file);
        return SearchIndexTest.JSON.readTree("[" + text.substring(text.indexOf('(') + 1, text.length() - 3) + "]");
    }

    @Test
    void aWordThatStandsOnlyInANewKeyFindsItsProject() throws Exception {
        for (String word : List.of("芙蕖", "旱涝保收", "菡萏", "蕙兰", "杜若", "芷兰", "完成时间", "项目实施进度计划",
                "茝若", "鸿雁", "薜荔")) {
            List<String> expected = word.equals("薜荔") ? List.of("i 建设面积") : List.of("p 高标准农田建设");
            assertEquals(expected, found(word), word);
        }
    }

    @Test
    void aWordThatStandsOnlyInTheDepartmentsFormFindsTheDepartment() throws Exception {
        for (String word : List.of("赣榆", "统一社会信用代码", "鹭鸶湾", "蓼花洲", "荇菜", "蘅芜苑", "葭苇", "蒹葭覆盖率")) {
            assertEquals(List.of("d 宁乡市坝塘镇人民政府"), found(word), word);
        }
    }

    /** The whole 第一部分 is searched: a word past the first 600 characters of 工作保障措施 too. */
    @Test
    void aWordDeepInTheDepartmentsProseFindsTheDepartment() throws Exception {
        String measures = documents.get(0).extra();
        org.junit.jupiter.api.Assertions.assertTrue(measures.indexOf("内控手册") > 600, "the word stands deep in the text");
        for (String word : List.of("内控手册", "杜衡台账", "青蘅", "藿香", "辛夷", "分项一")) {
            assertEquals(List.of("d 宁乡市坝塘镇人民政府"), found(word), word);
        }
    }

    @Test
    void aProjectKnownByNameShowsNoCodeAndItsUnit() {
        SearchDocument project = documents.get(1);
        assertEquals(List.of("预算数 854 万元", "宁乡市坝塘镇人民政府"), project.context());
        assertEquals("高标准农田建设", project.project(), "the link still goes to the file's page");
    }
}
