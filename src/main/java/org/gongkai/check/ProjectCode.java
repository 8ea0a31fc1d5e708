package org.gongkai.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Project;

/**
 * Project codes have the shape 6-digit region + 2-digit year + P + 11 digits + check character
 * (13028123P00016110004W), and their year digits name the folder's year. A carried-over project
 * that keeps last year's code is the department's record: a notice. A project whose form printed no
 * code has nothing to check.
 */
public final class ProjectCode extends Rule {

    private static final Pattern SHAPE = Pattern.compile("\\d{6}(\\d{2})P\\d{11}[0-9A-Z]");

    public ProjectCode() {
        super("project-code", Grade.NOTICE, "项目编码的格式与年度位");
    }

    @Override
    public void check(Subject s, Report report) {
        Project p = s.project();
        if (!p.codeDisclosed()) {
            return; // known by name only: its id is the file name, not a 项目编码
        }
        Matcher m = SHAPE.matcher(p.code());
        if (!m.matches()) {
            report.add(p.codeOrigin(), null, "项目编码“" + p.code() + "”不是常见格式（6 位区划 + 2 位年度 + P + 11 位数字 + 1 位校验码）");
            return;
        }
        int year = s.department().year() % 100;
        if (Integer.parseInt(m.group(1)) != year) {
            report.add(p.codeOrigin(), null, "项目编码的年度位是“" + m.group(1) + "”，所在年度是 " + s.department().year()
                    + "（延续项目沿用了以前年度的编码？）");
        }
    }
}
