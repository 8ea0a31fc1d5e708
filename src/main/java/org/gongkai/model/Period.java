package org.gongkai.model;

/** 起止时间, as written: a start and an end, or one printed text ({@code 2021.1-2021.12}, {@code 2021年度}). */
public record Period(String start, String end, String text) {
}
