/**
 * The build cache: what a build keeps in the site folder ({@code .gongkai/cache}) so that the next
 * build re-renders only what its changed inputs reach. {@link org.gongkai.cache.BuildCache} is the
 * file, {@link org.gongkai.cache.Inputs} the content hashes of the inputs, and
 * {@link org.gongkai.cache.RecordCodec} writes the loaded model and reads it back.
 */
package org.gongkai.cache;
