/**
 * Work spread over the cores, and what the threads share: lists as parallel streams of small
 * batches ({@link org.gongkai.parallel.Batches}), one copy of each repeated value
 * ({@link org.gongkai.parallel.Copies}).
 */
package org.gongkai.parallel;
