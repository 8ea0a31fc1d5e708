package org.gongkai.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.gongkai.model.SiteConfig;

/**
 * datapackage.json (Frictionless Data Package 2.0) of a year's or the site's bulk files: every file
 * as a resource — each table as CSV, as JSON and as a sheet of data.xlsx — with its fields, their
 * Chinese titles and types. Money follows the Fiscal Data Package where it fits: each amount field
 * says its currency (CNY) and names the field that holds its unit, {@code amount_unit} (万元 or 元,
 * which differ between departments), with the factor of each unit to 元.
 */
public final class DataPackage {

    public static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
    /** The amount fields; other numbers (支出计划 percentages, year, order) carry no currency. */
    static final Set<String> AMOUNTS = Set.of("total", "fiscal", "other", "overall", "amount");

    private DataPackage() {
    }

    /** {@code year} null: the whole site. */
    public static byte[] of(SiteConfig config, Integer year, List<Table> tables) {
        return Json.file(json -> {
            json.writeStartObject();
            json.writeStringField("$schema", PROFILE);
            json.writeStringField("name", year == null ? "gongkai-site" : "gongkai-" + year);
            json.writeStringField("title", config.title() + (year == null ? "" : " " + year + "年") + " 部门预算绩效目标数据");
            json.writeStringField("description", "各项目、绩效指标和资金来源，金额照公开原文精确写出（小数位不变，空白为空），"
                    + "单位见每行的 amount_unit（万元 或 元）。");
            if (config.baseUrl() != null) {
                json.writeStringField("homepage", config.baseUrl());
            }
            json.writeArrayFieldStart("keywords");
            for (String k : List.of("预算", "绩效目标", "部门预算", "政府信息公开", "fiscal")) {
                json.writeString(k);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("resources");
            for (Table t : tables) {
                resource(json, t, t.name(), DataFiles.csv(t.name()), "csv", "text/csv");
            }
            for (Table t : tables) {
                resource(json, t, t.name() + "-json", DataFiles.json(t.name()), "json", "application/json");
            }
            for (Table t : tables) {
                resource(json, t, t.name() + "-xlsx", DataFiles.XLSX, "xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void resource(JsonGenerator json, Table t, String name, String path, String format,
            String mediaType) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField("path", path);
        json.writeStringField("type", "table");
        json.writeStringField("title", t.title());
        json.writeStringField("description", t.description());
        json.writeStringField("format", format);
        json.writeStringField("mediatype", mediaType);
        if (!format.equals("xlsx")) {
            json.writeStringField("encoding", "utf-8");
        }
        switch (format) {
            case "csv" -> {
                json.writeObjectFieldStart("dialect");
                json.writeBooleanField("header", true);
                json.writeStringField("delimiter", ",");
                json.writeStringField("lineTerminator", "\r\n");
                json.writeStringField("quoteChar", "\"");
                json.writeEndObject();
            }
            case "xlsx" -> {
                json.writeObjectFieldStart("dialect");
                json.writeBooleanField("header", true);
                json.writeStringField("sheetName", t.title());
                json.writeEndObject();
            }
            default -> {
            }
        }
        json.writeObjectFieldStart("schema");
        json.writeArrayFieldStart("fields");
        for (Column c : t.columns()) {
            json.writeStartObject();
            json.writeStringField("name", c.key());
            json.writeStringField("title", c.title());
            json.writeStringField("type", c.type());
            json.writeStringField("description", c.description());
            if (AMOUNTS.contains(c.key())) {
                json.writeStringField("currency", "CNY");
                json.writeStringField("unitField", "amount_unit");
                json.writeObjectFieldStart("unitFactors");
                json.writeNumberField("万元", 10000);
                json.writeNumberField("元", 1);
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("missingValues");
        json.writeString("");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }
}
