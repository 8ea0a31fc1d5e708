package org.gongkai.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes immutable records (the loaded model, a page's links) as bytes and reads them back equal:
 * each record's components in order, through its canonical constructor. Made from the records'
 * declarations, so a component added to the model is cached without more code; a type it cannot
 * write (neither a record, a list, a map, an array of them, of bytes or of ints, a text, a number,
 * a truth value, an enum nor a path) fails the cache's writing, never the build. Lists and maps
 * come back unmodifiable, in their order, nulls and all.
 */
final class RecordCodec {

    /** Writes and reads one type's values. */
    interface Coder {
        void write(CacheOut out, Object value);

        Object read(CacheIn in) throws CacheIn.Corrupt;
    }

    private final Map<Type, Coder> coders = new HashMap<>();
    /** The record types written once each and named by number after (a link most pages carry). */
    private final java.util.Set<Class<?>> shared;
    /**
     * The record types each value of which is a block of bytes of its own, with its own texts (a
     * department): a list of them is read in parallel, and a value read from a block is written
     * again as those very bytes ({@link #reuseBlocks}).
     */
    private final java.util.Set<Class<?>> blocked;
    /**
     * The record types each value of which is a block too, read in parallel, but never written
     * again as the bytes it was read from (a department's search postings: made anew each build).
     */
    private final java.util.Set<Class<?>> apart;

    RecordCodec() {
        this(java.util.Set.of(), java.util.Set.of());
    }

    RecordCodec(java.util.Set<Class<?>> shared) {
        this(shared, java.util.Set.of());
    }

    RecordCodec(java.util.Set<Class<?>> shared, java.util.Set<Class<?>> blocked) {
        this(shared, blocked, java.util.Set.of());
    }

    RecordCodec(java.util.Set<Class<?>> shared, java.util.Set<Class<?>> blocked, java.util.Set<Class<?>> apart) {
        this.shared = shared;
        this.blocked = blocked;
        this.apart = apart;
    }

    /**
     * Writes each value that {@code read} read from a block (the same object, unchanged, since
     * records are) as the bytes it was read from, not encoded again: a build that changed one
     * department writes the others' bytes as they were.
     */
    void reuseBlocks(RecordCodec read) {
        for (Class<?> type : blocked) {
            ((BlockCoder) coder(type)).reuse = ((BlockCoder) read.coder(type)).read;
        }
    }

    /**
     * Also keeps each block written (its value, by identity, and its bytes), for {@link #writtenAsRead}:
     * a cache kept in memory once written ({@link BuildCache.Writer}) is then taken by the next
     * build as a cache read from the file would be, down to the bytes it copies.
     */
    void keepWrittenBlocks() {
        for (Class<?> type : blocked) {
            ((BlockCoder) coder(type)).written = Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        }
    }

    /** A codec that knows the blocks this one wrote ({@link #keepWrittenBlocks}) as blocks it read. */
    RecordCodec writtenAsRead() {
        RecordCodec codec = new RecordCodec(shared, blocked, apart);
        for (Class<?> type : blocked) {
            Map<Object, Block> written = ((BlockCoder) coder(type)).written;
            if (written != null) {
                ((BlockCoder) codec.coder(type)).read.putAll(written);
            }
        }
        return codec;
    }

    /** Lets go of the blocks read and of those to reuse (and so of the bytes they were read from). */
    void forgetBlocks() {
        for (Class<?> type : blocked) {
            BlockCoder b = (BlockCoder) coder(type);
            b.reuse = Map.of();
            b.read.clear();
        }
    }

    /** The coder of {@code type}; made on first use, so a codec is confined to one thread. */
    Coder coder(Type type) {
        Coder known = coders.get(type);
        if (known != null) {
            return known;
        }
        if (type instanceof Class<?> c && c.isRecord() && (blocked.contains(c) || apart.contains(c))) {
            // Its coders made now, in a codec of its own (its own texts): after this, reading is safe from many threads.
            BlockCoder block = new BlockCoder(new RecordCodec().coder(c), blocked.contains(c));
            coders.put(type, block);
            return block;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            // Registered before its components' coders are made: a record may hold itself (FundSource.sources).
            RecordCoder coder = new RecordCoder();
            coders.put(type, coder);
            coder.init(c);
            if (shared.contains(c)) {
                SharedCoder once = new SharedCoder(coder);
                coders.put(type, once);
                return once;
            }
            return coder;
        }
        Coder made = make(type);
        coders.put(type, made);
        return made;
    }

    private Coder make(Type type) {
        if (type == String.class) {
            return of((out, v) -> out.text((String) v), CacheIn::text);
        }
        if (type == int.class) {
            return of((out, v) -> out.signed((Integer) v), in -> (int) in.signed());
        }
        if (type == long.class) {
            return of((out, v) -> out.signed((Long) v), CacheIn::signed);
        }
        if (type == boolean.class) {
            return of((out, v) -> out.write((Boolean) v ? 1 : 0), in -> in.read() != 0);
        }
        if (type == Integer.class) {
            return nullable(make(int.class));
        }
        if (type == Long.class) {
            return nullable(make(long.class));
        }
        if (type == Boolean.class) {
            return nullable(make(boolean.class));
        }
        if (type == Path.class) {
            return nullable(null);
        }
        if (type == BigDecimal.class) {
            return nullable(new Coder() {
                public void write(CacheOut out, Object v) {
                    BigDecimal d = (BigDecimal) v;
                    out.signed(d.scale());
                    BigInteger unscaled = d.unscaledValue();
                    if (unscaled.bitLength() < 63) {
                        out.write(0);
                        out.signed(unscaled.longValueExact());
                    } else {
                        out.write(1);
                        byte[] b = unscaled.toByteArray();
                        out.number(b.length);
                        out.writeBytes(b);
                    }
                }

                public Object read(CacheIn in) throws CacheIn.Corrupt {
                    long scale = in.signed();
                    if (scale != (int) scale) {
                        throw new CacheIn.Corrupt("scale out of range");
                    }
                    if (in.read() == 0) {
                        return BigDecimal.valueOf(in.signed(), (int) scale);
                    }
                    byte[] unscaled = in.readBytes(in.count());
                    if (unscaled.length == 0) {
                        throw new CacheIn.Corrupt("empty number");
                    }
                    return new BigDecimal(new BigInteger(unscaled), (int) scale);
                }
            });
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return new Coder() {
                public void write(CacheOut out, Object v) {
                    out.number(v == null ? 0 : ((Enum<?>) v).ordinal() + 1L);
                }

                public Object read(CacheIn in) throws CacheIn.Corrupt {
                    int n = in.count();
                    if (n > constants.length) {
                        throw new CacheIn.Corrupt("enum out of range");
                    }
                    return n == 0 ? null : constants[n - 1];
                }
            };
        }
        if (type == byte[].class) {
            // A sequence's count, then the bytes as they are.
            return of((out, v) -> {
                byte[] b = (byte[]) v;
                out.number(b == null ? 0 : b.length + 1L);
                if (b != null) {
                    out.writeBytes(b);
                }
            }, in -> {
                int n = in.count();
                return n == 0 ? null : in.readBytes(n - 1);
            });
        }
        if (type == int[].class) {
            return of((out, v) -> {
                int[] a = (int[]) v;
                out.number(a == null ? 0 : a.length + 1L);
                if (a != null) {
                    for (int x : a) {
                        out.signed(x);
                    }
                }
            }, in -> {
                int n = in.count();
                if (n == 0) {
                    return null;
                }
                int[] a = new int[in.items(n - 1)];
                for (int i = 0; i < a.length; i++) {
                    long x = in.signed();
                    if (x != (int) x) {
                        throw new CacheIn.Corrupt("int out of range");
                    }
                    a[i] = (int) x;
                }
                return a;
            });
        }
        if (type instanceof Class<?> c && c.isArray() && !c.getComponentType().isPrimitive()) {
            return new ArrayCoder(c.getComponentType(), coder(c.getComponentType()));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return new ListCoder(coder(p.getActualTypeArguments()[0]));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return new MapCoder(coder(p.getActualTypeArguments()[0]), coder(p.getActualTypeArguments()[1]));
        }
        throw new IllegalArgumentException("no cache coder for " + type.getTypeName());
    }

    /** How a coder reads. */
    private interface Reader {
        Object read(CacheIn in) throws CacheIn.Corrupt;
    }

    private static Coder of(java.util.function.BiConsumer<CacheOut, Object> write, Reader read) {
        return new Coder() {
            public void write(CacheOut out, Object value) {
                write.accept(out, value);
            }

            public Object read(CacheIn in) throws CacheIn.Corrupt {
                return read.read(in);
            }
        };
    }

    /** A reference type's coder: 0 for null, 1 then the value. The path is the one type with no plain coder. */
    private static Coder nullable(Coder plain) {
        return new Coder() {
            public void write(CacheOut out, Object v) {
                if (v == null) {
                    out.write(0);
                } else {
                    out.write(1);
                    if (plain == null) {
                        out.text(v.toString());
                    } else {
                        plain.write(out, v);
                    }
                }
            }

            public Object read(CacheIn in) throws CacheIn.Corrupt {
                if (in.read() == 0) {
                    return null;
                }
                if (plain == null) {
                    String s = in.text();
                    try {
                        return Path.of(s);
                    } catch (RuntimeException e) { // null, or no path this system can name
                        throw new CacheIn.Corrupt("not a path");
                    }
                }
                return plain.read(in);
            }
        };
    }

    /** A sequence: 0 for null, its length plus one, then each element. */
    private static void writeSequence(CacheOut out, Coder element, List<?> items) {
        if (items == null) {
            out.write(0);
            return;
        }
        out.number(items.size() + 1L);
        for (Object e : items) {
            element.write(out, e);
        }
    }

    /** A sequence's elements, in an array {@code make} gives for its length; null for a null sequence. */
    private static Object[] readSequence(CacheIn in, Coder element, java.util.function.IntFunction<Object[]> make)
            throws CacheIn.Corrupt {
        int n = in.count();
        if (n == 0) {
            return null;
        }
        Object[] items = make.apply(in.items(n - 1));
        for (int i = 0; i < items.length; i++) {
            items[i] = element.read(in);
        }
        return items;
    }

    private static final class ListCoder implements Coder {
        private final Coder element;

        ListCoder(Coder element) {
            this.element = element;
        }

        public void write(CacheOut out, Object v) {
            writeSequence(out, element, (List<?>) v);
        }

        public Object read(CacheIn in) throws CacheIn.Corrupt {
            Object[] items = element instanceof BlockCoder block ? block.readAll(in)
                    : readSequence(in, element, Object[]::new);
            if (items == null) {
                return null;
            }
            for (Object item : items) {
                if (item == null) {
                    return Collections.unmodifiableList(Arrays.asList(items));
                }
            }
            return List.of(items);
        }
    }

    /** Where a value's block lies in the bytes it was read from. */
    private record Block(byte[] bytes, int offset, int length) {
    }

    /**
     * A record type's values each as a block: its length, then the value as its own codec writes
     * it, texts and all. A value read is remembered with its block (by identity), so that it can be
     * written again as the same bytes; a list of blocks is read in parallel.
     */
    private static final class BlockCoder implements Coder {
        private final Coder plain;
        final Map<Object, Block> read = Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        Map<Object, Block> reuse = Map.of();
        /** The blocks written, when kept ({@link #keepWrittenBlocks}); else null. */
        Map<Object, Block> written;
        private final java.io.ByteArrayOutputStream scratch = new java.io.ByteArrayOutputStream(1 << 14);
        /** Whether a value read is remembered with its block, to be written again as those bytes. */
        private final boolean remember;

        BlockCoder(Coder plain, boolean remember) {
            this.plain = plain;
            this.remember = remember;
        }

        public void write(CacheOut out, Object v) {
            Block known = reuse.get(v);
            if (known != null) {
                out.number(known.length());
                out.writeBytes(known.bytes(), known.offset(), known.length());
                if (written != null) {
                    written.put(v, known);
                }
                return;
            }
            scratch.reset();
            CacheOut block = new CacheOut(scratch, 1 << 12);
            plain.write(block, v);
            block.flush();
            byte[] bytes = scratch.toByteArray();
            out.number(bytes.length);
            out.writeBytes(bytes);
            if (written != null) {
                written.put(v, new Block(bytes, 0, bytes.length));
            }
        }

        public Object read(CacheIn in) throws CacheIn.Corrupt {
            int length = in.count();
            int offset = in.skip(length);
            return decode(in.bytes(), offset, length);
        }

        /** A sequence of blocks, decoded in parallel once each one's place is known. */
        Object[] readAll(CacheIn in) throws CacheIn.Corrupt {
            int n = in.count();
            if (n == 0) {
                return null;
            }
            int size = in.items(n - 1);
            int[] offsets = new int[size];
            int[] lengths = new int[size];
            for (int i = 0; i < size; i++) {
                lengths[i] = in.count();
                offsets[i] = in.skip(lengths[i]);
            }
            byte[] bytes = in.bytes();
            try {
                return java.util.stream.IntStream.range(0, size).parallel().mapToObj(i -> {
                    try {
                        return decode(bytes, offsets[i], lengths[i]);
                    } catch (CacheIn.Corrupt e) {
                        throw new CorruptBlock(e);
                    }
                }).toArray();
            } catch (CorruptBlock e) {
                throw (CacheIn.Corrupt) e.getCause();
            }
        }

        private Object decode(byte[] bytes, int offset, int length) throws CacheIn.Corrupt {
            CacheIn block = new CacheIn(bytes, offset, offset + length);
            Object v = plain.read(block);
            if (!block.atEnd()) {
                throw new CacheIn.Corrupt("block longer than its value");
            }
            if (v != null && remember) {
                read.put(v, new Block(bytes, offset, length));
            }
            return v;
        }
    }

    /** A block that does not decode, out of a parallel stream. */
    private static final class CorruptBlock extends RuntimeException {
        CorruptBlock(CacheIn.Corrupt cause) {
            super(cause);
        }
    }

    private static final class ArrayCoder implements Coder {
        private final Class<?> type;
        private final Coder element;

        ArrayCoder(Class<?> type, Coder element) {
            this.type = type;
            this.element = element;
        }

        public void write(CacheOut out, Object v) {
            writeSequence(out, element, v == null ? null : Arrays.asList((Object[]) v));
        }

        public Object read(CacheIn in) throws CacheIn.Corrupt {
            return readSequence(in, element, n -> (Object[]) java.lang.reflect.Array.newInstance(type, n));
        }
    }

    private static final class MapCoder implements Coder {
        private final Coder key;
        private final Coder value;

        MapCoder(Coder key, Coder value) {
            this.key = key;
            this.value = value;
        }

        public void write(CacheOut out, Object v) {
            if (v == null) {
                out.write(0);
                return;
            }
            Map<?, ?> map = (Map<?, ?>) v;
            out.number(map.size() + 1L);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                key.write(out, e.getKey());
                value.write(out, e.getValue());
            }
        }

        public Object read(CacheIn in) throws CacheIn.Corrupt {
            int n = in.count();
            if (n == 0) {
                return null;
            }
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = in.items(n - 1); i > 0; i--) {
                map.put(key.read(in), value.read(in));
            }
            return Collections.unmodifiableMap(map);
        }
    }

    /**
     * A record type's values each written once: 0 for null, the number of one written before plus
     * one, or the next number followed by the new value (as the texts of {@link CacheOut}).
     */
    private static final class SharedCoder implements Coder {
        private final Coder plain;
        private final Map<Object, Integer> written = new HashMap<>();
        private final java.util.List<Object> read = new java.util.ArrayList<>();

        SharedCoder(Coder plain) {
            this.plain = plain;
        }

        public void write(CacheOut out, Object v) {
            if (v == null) {
                out.write(0);
                return;
            }
            Integer known = written.get(v);
            if (known != null) {
                out.number(known + 1L);
                return;
            }
            int id = written.size();
            written.put(v, id);
            out.number(id + 1L);
            plain.write(out, v);
        }

        public Object read(CacheIn in) throws CacheIn.Corrupt {
            int n = in.count();
            if (n == 0) {
                return null;
            }
            if (n <= read.size()) {
                return read.get(n - 1);
            }
            if (n != read.size() + 1) {
                throw new CacheIn.Corrupt("record out of order");
            }
            Object v = plain.read(in);
            if (v == null) {
                throw new CacheIn.Corrupt("null record defined");
            }
            read.add(v);
            return v;
        }
    }

    private final class RecordCoder implements Coder {
        private Method[] accessors;
        private Coder[] components;
        private Constructor<?> constructor;

        void init(Class<?> type) {
            RecordComponent[] parts = type.getRecordComponents();
            accessors = new Method[parts.length];
            components = new Coder[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                accessors[i] = parts[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = parts[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("no canonical constructor: " + type.getName(), e);
            }
            for (int i = 0; i < parts.length; i++) {
                components[i] = coder(parts[i].getGenericType());
            }
        }

        public void write(CacheOut out, Object v) {
            if (v == null) {
                out.write(0);
                return;
            }
            out.write(1);
            try {
                for (int i = 0; i < accessors.length; i++) {
                    components[i].write(out, accessors[i].invoke(v));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }

        public Object read(CacheIn in) throws CacheIn.Corrupt {
            if (in.read() == 0) {
                return null;
            }
            Object[] args = new Object[components.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = components[i].read(in);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                    | IllegalArgumentException e) {
                throw new CacheIn.Corrupt("record not made: " + e);
            }
        }
    }
}
