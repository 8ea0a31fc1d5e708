package org.gongkai.model;

/** One entry of 二、分项绩效目标. {@code content} is Markdown; the other texts are plain. */
public record ItemGoal(String name, String content, String goal, String indicator) {
}
