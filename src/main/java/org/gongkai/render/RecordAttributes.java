package org.gongkai.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code project.name} on a record, the model and view records the templates read, without
 * reflection on every read. Pebble's own resolver finds the method once but then calls it through
 * {@link Method#invoke} each time, which was 6% of a 10,000-project build's CPU; here each method
 * is called through a {@link Function} made the first time a template reads it.
 *
 * <p>It answers only where Pebble's resolver would call that same method: an attribute without
 * arguments, named exactly as a public method without parameters (a component's accessor, or
 * another such as {@code displayName}) of a record this class can reach (public, or of this
 * package), whose class has no other public method without parameters of that name in another
 * case, implements none of the collection types Pebble looks at first, and has no
 * {@code getName}, {@code isName} or {@code hasName} (which Pebble tries after the method, so they
 * could not change its answer, but keep the rule simple). Everything else, and anything it cannot
 * make, goes on to Pebble's resolver. The golden pages hold the two to the same output.
 */
final class RecordAttributes implements AttributeResolver {

    /**
     * A record class's methods as templates read them, each made when first read. A map, not a
     * {@link ClassValue}: the JDK's own class values on the same classes pushed most reads to
     * ClassValue's slow path (2% of a build's CPU).
     */
    private static final ConcurrentHashMap<Class<?>, Methods> METHODS = new ConcurrentHashMap<>();

    /** Marks a name with no method of ours, so it is looked for once. */
    private static final Function<Object, Object> NONE = instance -> null;

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] arguments, ArgumentsNode args,
            EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || arguments != null || !(attributeName instanceof String name)) {
            return null;
        }
        Class<?> type = instance.getClass();
        Methods methods = METHODS.get(type);
        if (methods == null) {
            methods = METHODS.computeIfAbsent(type, Methods::new);
        }
        Function<Object, Object> method = methods.get(name);
        if (method == NONE) {
            return null;
        }
        try {
            return new ResolvedAttribute(method.apply(instance));
        } catch (RuntimeException e) { // reported as Pebble's resolver reports it
            throw new PebbleException(e, "Could not call " + name, lineNumber, filename);
        }
    }

    private static final class Methods {
        private final Class<?> type;
        private final boolean eligible;
        private final ConcurrentHashMap<String, Function<Object, Object>> byName = new ConcurrentHashMap<>();

        Methods(Class<?> type) {
            this.type = type;
            this.eligible = type.isRecord() && !Iterable.class.isAssignableFrom(type)
                    && !Map.class.isAssignableFrom(type) && !Map.Entry.class.isAssignableFrom(type);
        }

        Function<Object, Object> get(String name) {
            if (!eligible) {
                return NONE;
            }
            Function<Object, Object> known = byName.get(name);
            return known != null ? known : byName.computeIfAbsent(name, this::find);
        }

        /**
         * A component's accessor or another public method without parameters (department.displayName):
         * what Pebble would find for {@code {{ x.name }}}, the same way.
         */
        private Function<Object, Object> find(String name) {
            if (name.isEmpty() || !unambiguous(type, name)) {
                return NONE;
            }
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() != void.class && m.getDeclaringClass() != Object.class) {
                    Function<Object, Object> f = function(m);
                    return f != null ? f : NONE;
                }
            }
            return NONE;
        }
    }

    /** Pebble matches method names ignoring case and tries get/is/has after: only this method may match. */
    private static boolean unambiguous(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        int matches = 0;
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0) {
                continue;
            }
            String method = m.getName();
            if (method.equalsIgnoreCase(name)) {
                matches++;
            } else if (method.equalsIgnoreCase("get" + capitalized) || method.equalsIgnoreCase("is" + capitalized)
                    || method.equalsIgnoreCase("has" + capitalized)) {
                return false;
            }
        }
        return matches == 1;
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            // This package's own view records may be package-private; another package's that are not
            // public are refused here.
            MethodHandle target = lookup.unreflect(accessor);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), target,
                    MethodType.methodType(accessor.getReturnType().isPrimitive()
                            ? MethodType.methodType(accessor.getReturnType()).wrap().returnType()
                            : accessor.getReturnType(), accessor.getDeclaringClass()));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            return null; // not accessible from here: Pebble's resolver reads it as before
        }
    }
}
