package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.pipeline.Build;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the pages show: every disclosed key, merged cells as printed, and nothing unsafe. */
public class PagesTest {

    public static final String SITE = """
            -- site.yaml --
            title: 功能测试站点
            downloads: true
            footer: 页脚文字，[预算公开目录](https://www.example.gov.cn/xxgk/) *仅供测试* <b>原始</b>
            base_url: https://www.example.gov.cn/xxgk/ysjx
            portal:
              site_domain: www.example.gov.cn
              site_id_code: "1302810001"
              column_type: 财政预决算
              published: 2024-02-01
              author: 测试市财政局
              image: assets/logo.svg
              sponsor: 测试市人民政府办公室
              organizer: 测试市财政局
              contact: 电话：0315-6612345，邮箱：[ysjx@example.gov.cn](mailto:ysjx@example.gov.cn)
              icp: 冀ICP备12345678号-1
              police_record: 冀公网安备 13028102000123号
              government_mark: assets/dzjg.svg
              government_mark_link: https://bszs.conac.cn/sitename?method=show&id=1302810001
              error_report: https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1302810001
              new_media:
                - name: 测试发布（微信公众号）
                  url: https://mp.weixin.qq.com/s/example
                - name: 测试发布（微博）
                  url: https://weibo.com/example
            check:
              report_page: true
            -- assets/dzjg.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="60" height="70" viewBox="0 0 60 70"><rect width="60" height="70" fill="#c00"/></svg>
            -- assets/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
            -- attachments/2024/100001/原文 (定稿)#1.docx --
            Word 原件的替身
            -- attachments/2024/100001/测算表.pdf --
            PDF 原件的替身
            -- content/2024/100001/department.yaml --
            code: "100001"
            name: <script>alert(1)</script>测试局
            short_name: 测试局
            year: 2024
            unit: 元
            units:
              - code: "100001"
                name: 测试局本级
              - code: "100002"
                name: 测试局下属中心
            overall_goal: |
              第一行中文
              第二行中文，*强调*与<b>原始HTML</b>。

              [正常链接](https://example.org/)
            item_goals:
              - name: 第一项
                content: 内容一
                goal: 目标一
                indicator: 指标一
              - name: 第二项
            disclosure:
              index_number: ZH-2024-7
              date: 2024-02-15 09:30
              document_number: 测财〔2024〕1号
            measures: |
              (一)措施一。

              （二）措施二。
            attachments:
              - path: "attachments/2024/100001/原文 (定稿)#1.docx"
                title: 2024年部门预算绩效目标（Word 原件）
            -- content/2024/100001/projects/B2.yaml --
            code: B2
            name: 第二个项目
            unit: "100002"
            order: 2
            budget:
              total: 51.00
              fiscal: 50.5
              other: 0.50
            goals:
              - 年度目标一
            long_term_goals:
              - 长期目标一
            attribute: 延续
            department_in_charge: 测试主管部门
            owner: 张三
            period:
              start: 2024-01
              end: 2026-12
            indicators:
              - level1: 产出指标
                level2: 数量指标
                name: 甲
                target: "≥1次"
                term: 长期
              - level2: 数量指标
                name: 乙
                target: "≥2次"
              - level2: 质量指标
                name: 丙
              - level1: 效益指标
                level2: 数量指标
                name: 丁
                description: 描述丁
                basis: 依据丁
            -- content/2024/100001/projects/A1.yaml --
            code: A1
            name: 第一个项目
            unit: "100001"
            order: 1
            budget:
              total: 0.85
              fiscal: 0.85
              other: null
            schedule:
              12: null
              3: 30
              6: 60.5
            goals:
              - 目标
            attachments:
              - attachments/2024/100001/测算表.pdf
            """;

    static Map<String, String> pages;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Path site = Sites.write(dir.resolve("src"), SITE);
        new Build(site, dir.resolve("out")).run();
        pages = Sites.read(dir.resolve("out"));
    }

    @Test
    void everyPageCarriesThePortalMetadata() {
        String project = pages.get("2024/100001/B2/index.html");
        assertTrue(project.contains("""
                <meta name="SiteName" content="功能测试站点">
                <meta name="SiteDomain" content="www.example.gov.cn">
                <meta name="SiteIDCode" content="1302810001">
                <meta name="ColumnName" content="部门预算绩效目标">
                <meta name="ColumnKeywords" content="预算,绩效目标,部门预算,政府信息公开">
                <meta name="ColumnType" content="财政预决算">
                <meta name="ArticleTitle" content="第二个项目绩效目标表">
                <meta name="PubDate" content="2024-02-15 09:30">
                <meta name="ContentSource" content="&lt;script&gt;alert(1)&lt;/script&gt;测试局">
                <meta name="Keywords" content="第二个项目,&lt;script&gt;alert(1)&lt;/script&gt;测试局,2024年,项目绩效目标">
                <meta name="Author" content="测试市财政局">
                <meta name="Image" content="https://www.example.gov.cn/xxgk/ysjx/assets/logo.svg">
                <meta name="Url" content="https://www.example.gov.cn/xxgk/ysjx/2024/100001/B2/index.html">
                """), project);
        String home = pages.get("index.html");
        assertTrue(home.contains("<meta name=\"PubDate\" content=\"2024-02-01 00:00\">"));
        assertTrue(home.contains("<meta name=\"ContentSource\" content=\"功能测试站点\">"));
        String dept = pages.get("2024/100001/index.html");
        assertTrue(dept.contains("<div><dt>索引号</dt><dd>ZH-2024-7</dd></div>"));
        assertTrue(dept.contains("<div><dt>发布日期</dt><dd>2024-02-15 09:30</dd></div>"));
        assertTrue(dept.contains("<div><dt>文号</dt><dd>测财〔2024〕1号</dd></div>"));
    }

    @Test
    void theFooterShowsThePortalsFurniture() {
        String home = pages.get("index.html");
        assertTrue(home.contains("""
                <div class="footer-text"><p>页脚文字，<a href="https://www.example.gov.cn/xxgk/">预算公开目录</a> <em>仅供测试</em> &lt;b&gt;原始&lt;/b&gt;</p>
                </div>
                <div class="site-info">
                <dl>
                <div><dt>主办单位</dt><dd>测试市人民政府办公室</dd></div>
                <div><dt>承办单位</dt><dd>测试市财政局</dd></div>
                <div><dt>联系方式</dt><dd><p>电话：0315-6612345，邮箱：<a href="mailto:ysjx@example.gov.cn">ysjx@example.gov.cn</a></p>
                </dd></div>
                <div><dt>网站标识码</dt><dd>1302810001</dd></div>
                </dl>
                <p class="records"><a href="https://beian.miit.gov.cn/">冀ICP备12345678号-1</a> <a href="https://beian.mps.gov.cn/#/query/webSearch?code=13028102000123">冀公网安备 13028102000123号</a></p>
                <nav class="new-media" aria-label="政务新媒体"><span>政务新媒体：</span><ul>
                <li><a href="https://mp.weixin.qq.com/s/example">测试发布（微信公众号）</a></li>
                <li><a href="https://weibo.com/example">测试发布（微博）</a></li>
                </ul></nav>
                <p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1302810001">我为政府网站找错</a></p>
                <p class="government-mark"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1302810001"><img src="assets/dzjg.svg" alt="党政机关标识"></a></p>
                </div>
                """), home);
        String project = pages.get("2024/100001/B2/index.html");
        assertTrue(project.contains("<img src=\"../../../assets/dzjg.svg\" alt=\"党政机关标识\">"), project);
        assertTrue(project.contains("""
                <meta name="Keywords" content="第二个项目,&lt;script&gt;alert(1)&lt;/script&gt;测试局,2024年,项目绩效目标">
                <meta name="Author" content="测试市财政局">
                <meta name="Image" content="https://www.example.gov.cn/xxgk/ysjx/assets/logo.svg">
                """), project);
    }

    @Test
    void attachmentsAreListedWithTheirSizeAndCopied() {
        String dept = pages.get("2024/100001/index.html");
        assertTrue(dept.contains("""
                <h2 id="attachments-title">附件</h2>
                <ul>
                <li><a href="../../attachments/2024/100001/原文%20(定稿)%231.docx">2024年部门预算绩效目标（Word 原件）</a>（DOCX，21 B）</li>
                </ul>"""), dept);
        String project = pages.get("2024/100001/A1/index.html");
        assertTrue(project.contains("<li><a href=\"../../../attachments/2024/100001/测算表.pdf\">测算表.pdf</a>（PDF，20 B）</li>"),
                project);
        assertEquals("PDF 原件的替身\n", pages.get("attachments/2024/100001/测算表.pdf"));
        assertTrue(pages.containsKey("attachments/2024/100001/原文 (定稿)#1.docx"));
    }

    @Test
    void sizesReadAsAPersonReadsThem() {
        java.util.function.LongFunction<String> size = n -> new org.gongkai.model.Attachment("a.pdf", "a", n, null, null)
                .readableSize();
        assertEquals(List.of("0 B", "1023 B", "1.0 KB", "35.2 KB", "1.2 MB", "1.0 GB", "1.0 GB"),
                java.util.stream.LongStream.of(0, 1023, 1024, 36045, 1258291, 1073741823, 1073741824)
                        .mapToObj(size).toList());
    }

    @Test
    void qualityPageSummarisesByRuleThenListsEachRule() {
        String quality = pages.get("quality/index.html");
        // The summary row of a rule links to its section, which names each finding's department.
        int summary = quality.indexOf("<h2 id=\"q-summary\">按规则汇总</h2>");
        int row = quality.indexOf("<tr><th scope=\"row\"><a href=\"#rule-target-missing\"><span class=\"code\">target-missing</span></a>");
        int section = quality.indexOf("<section class=\"quality-rule\" id=\"rule-target-missing\"");
        assertTrue(summary > 0 && summary < row && row < section, quality);
        assertTrue(quality.indexOf("<a href=\"../2024/100001/index.html\">2024年 &lt;script&gt;alert(1)&lt;/script&gt;测试局</a>", section) > 0, quality);
        assertTrue(quality.indexOf("项目“第二个项目”：指标“丙”没有填写指标值", section) > 0, quality);
        assertTrue(pages.get("index.html").contains("<a href=\"quality/index.html\">数据质量（内部审阅）</a>"));
    }

    @Test
    void parsedTargetsAreThereForAlignmentAndCharts() {
        String p = pages.get("2024/100001/B2/index.html");
        assertTrue(p.contains("class=\"target quantitative\" data-operator=\"≥\" data-value=\"2\" data-unit=\"次\">≥2次</td>"), p);
    }

    @Test
    void namesAreTextNeverMarkup() {
        String dept = pages.get("2024/100001/index.html");
        assertTrue(dept.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;测试局"), dept);
        assertFalse(dept.contains("<script>"));
    }

    @Test
    void markdownEscapesRawHtml() {
        String dept = pages.get("2024/100001/index.html");
        assertTrue(dept.contains("<p>第一行中文第二行中文，<em>强调</em>与&lt;b&gt;原始HTML&lt;/b&gt;。</p>"), dept);
        assertTrue(dept.contains("<a href=\"https://example.org/\">正常链接</a>"));
    }

    /** The level filter offers the 一级指标 of the site's framework: 成本指标 only under "2021". */
    @Test
    void searchFiltersOfferTheFrameworksLevels(@TempDir Path dir) throws Exception {
        assertEquals("""
                <option value="">全部</option>
                <option value="d">部门</option>
                <option value="p">项目</option>
                <option value="产出指标">产出指标</option>
                <option value="效益指标">效益指标</option>
                <option value="满意度指标">满意度指标</option>
                </select>""", levelFilter(pages.get("search/index.html")));
        Path site = Sites.write(dir.resolve("src"), Sites.MINIMAL.replace("title: 测试站点", "title: 测试站点\nframework: \"2021\""));
        new Build(site, dir.resolve("out")).run();
        assertEquals("""
                <option value="">全部</option>
                <option value="d">部门</option>
                <option value="p">项目</option>
                <option value="产出指标">产出指标</option>
                <option value="成本指标">成本指标</option>
                <option value="效益指标">效益指标</option>
                <option value="满意度指标">满意度指标</option>
                </select>""", levelFilter(Sites.read(dir.resolve("out")).get("search/index.html")));
    }

    private static String levelFilter(String page) {
        int from = page.indexOf("<select id=\"level\" name=\"level\">\n") + "<select id=\"level\" name=\"level\">\n".length();
        return page.substring(from, page.indexOf("</select>", from) + "</select>".length());
    }

    @Test
    void departmentShowsItsPartsNumberedAsPrinted() {
        String dept = pages.get("2024/100001/index.html");
        assertTrue(dept.contains("<h4>（一）第一项</h4>"));
        assertTrue(dept.contains("<h4>（二）第二项</h4>"));
        assertTrue(dept.contains("<p><strong>绩效目标：</strong>目标一</p>"));
        assertTrue(dept.contains("<p>(一)措施一。</p>"));
        assertTrue(dept.contains("<li><span class=\"code\">100002</span> 测试局下属中心</li>"));
        // Projects in disclosure order, amounts as written, the total with the widest scale.
        assertTrue(dept.indexOf("第一个项目") < dept.indexOf("第二个项目"));
        assertTrue(dept.contains("<th scope=\"row\" colspan=\"3\">合计</th><td class=\"num\"><span class=\"cell-label\" aria-hidden=\"true\">预算数</span>51.85</td><td class=\"num\"><span class=\"cell-label\" aria-hidden=\"true\">其中：财政资金</span>51.35</td><td class=\"num\"><span class=\"cell-label\" aria-hidden=\"true\">其他资金</span>0.50</td>"), dept);
    }

    @Test
    void everyOptionalProjectKeyIsShown() {
        String p = pages.get("2024/100001/B2/index.html");
        for (String shown : new String[] {"<span class=\"unit-name\">100002测试局下属中心</span> <span class=\"money-unit\">单位：元</span>",
                "<th scope=\"row\">项目属性</th><td colspan=\"6\">延续</td>",
                "<th scope=\"row\">主管部门</th><td colspan=\"6\">测试主管部门</td>",
                "<th scope=\"row\">项目负责人</th><td colspan=\"6\">张三</td>",
                "<th scope=\"row\">起止时间</th><td colspan=\"6\">2024-01 至 2026-12</td>",
                "<th scope=\"row\">长期目标</th><td colspan=\"6\"><ol class=\"goals\"><li>长期目标一</li></ol>",
                "<th scope=\"row\">年度目标</th>",
                "<th id=\"h-term\" scope=\"col\">指标期限</th>",
                "<td headers=\"h-term i1 i1-1 r1\">长期</td>",
                "<h1>2.第二个项目"}) {
            assertTrue(p.contains(shown), shown);
        }
    }

    @Test
    void indicatorCellsMergeOverEqualRunsAsPrinted() {
        String p = pages.get("2024/100001/B2/index.html");
        assertTrue(p.contains("<th id=\"i1\" headers=\"h-l1\" rowspan=\"3\">产出指标</th><th id=\"i1-1\" headers=\"h-l2 i1\" rowspan=\"2\">数量指标</th>"), p);
        assertTrue(p.contains("<tr><th id=\"i1-3\" headers=\"h-l2 i1\" rowspan=\"1\">质量指标</th><th id=\"r3\""));
        // 数量指标 again under another 一级指标 is a new cell, not merged across the group.
        assertTrue(p.contains("<th id=\"i2\" headers=\"h-l1\" rowspan=\"1\">效益指标</th><th id=\"i2-1\" headers=\"h-l2 i2\" rowspan=\"1\">数量指标</th>"));
        assertEquals(3, count(p, "<tbody>"), "one tbody per 一级指标 run, plus the form's");
    }

    @Test
    void scheduleIsInMonthOrderWithBlankCellsBlank() {
        String p = pages.get("2024/100001/A1/index.html");
        int m3 = p.indexOf(">3月底<");
        int m6 = p.indexOf(">6月底<");
        int m12 = p.indexOf(">12月底<");
        assertTrue(m3 > 0 && m3 < m6 && m6 < m12);
        assertTrue(p.contains(">60.5%</td>"));
        assertTrue(p.contains("class=\"num blank-cell\"></td>"));
        assertTrue(p.contains("<td headers=\"f-budget f-other\" class=\"num\"></td>"), "a blank 其他资金 stays blank, not 0");
        assertTrue(p.contains("<td headers=\"f-budget f-total\" class=\"num\">0.85</td>"));
    }

    @Test
    void linksAreRelativeAndNeighboursFollowTheOrder() {
        String first = pages.get("2024/100001/A1/index.html");
        assertTrue(first.contains("<link rel=\"stylesheet\" href=\"../../../assets/style.css\">"));
        assertTrue(first.contains("<a rel=\"next\" href=\"../../../2024/100001/B2/index.html\"><span>下一个项目</span>第二个项目</a>"));
        assertFalse(first.contains("rel=\"prev\""));
        String second = pages.get("2024/100001/B2/index.html");
        assertTrue(second.contains("<a rel=\"prev\" href=\"../../../2024/100001/A1/index.html\">"));
        for (String page : pages.values()) {
            assertFalse(page.contains("href=\"/"), "no absolute path");
        }
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
