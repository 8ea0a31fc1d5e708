/** Work spread over the cores: lists as parallel streams of small batches ({@link org.gongkai.parallel.Batches}). */
package org.gongkai.parallel;
