package org.gongkai.pipeline;

/**
 * The stages of a build, in the order they run: the one list that the build, its progress line
 * and its summary share. Some stages are skipped by a site (compare needs two years, index needs
 * search), never reordered.
 */
public enum Stage {
    LOAD("load", "读取内容"),
    VALIDATE("validate", "检查"),
    COMPARE("compare", "比较年度"),
    RENDER("render", "生成页面"),
    INDEX("index", "建立检索索引"),
    ASSETS("assets", "读取主题文件"),
    LINKS("links", "检查链接"),
    WRITE("write", "写入");

    private final String id;
    private final String label;

    Stage(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The English name in the build's summary line ("render 310 ms"). */
    public String id() {
        return id;
    }

    /** The Chinese name shown while the stage runs. */
    public String label() {
        return label;
    }
}
