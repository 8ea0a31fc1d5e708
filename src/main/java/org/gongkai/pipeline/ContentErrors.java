package org.gongkai.pipeline;

import java.util.List;
import org.gongkai.check.Finding;

/** The checks found content that cannot be a true record: the build publishes nothing. */
public final class ContentErrors extends BuildException {

    private final transient List<Finding> findings;

    public ContentErrors(List<Finding> findings) {
        super("检查发现错误，未发布（原有输出保持不变）；核对后改正，或用 --allow-errors 仍然生成");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
