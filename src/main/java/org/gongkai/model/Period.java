package org.gongkai.model;

/** 起止时间, as written. */
public record Period(String start, String end) {
}
