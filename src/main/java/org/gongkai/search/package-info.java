/**
 * The static search index (script files read by assets/search.js) and the tokenizer it shares
 * with the browser.
 */
package org.gongkai.search;
