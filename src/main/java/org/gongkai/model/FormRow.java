package org.gongkai.model;

/**
 * A label/value row of a form that has no key of its own (项目负责人及电话, 主管部门编码…), kept so that
 * no disclosed cell is dropped. {@code section} is the merged group label it stood under, or null;
 * {@code value} is null for a blank cell.
 */
public record FormRow(String section, String label, String value, Origin origin) {
}
