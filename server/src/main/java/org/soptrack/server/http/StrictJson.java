package org.soptrack.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.shared.InvalidValueException;

/**
 * Checks a request body against the type its endpoint reads before anything binds it (R-SEC-6): one JSON document and
 * nothing after it, no key twice in an object, every value of the JSON type its field declares (a string is not a
 * number or a boolean, an array is not a string, 2.5 is not a whole number, a number is not text), and no text with a
 * NUL character or an unpaired UTF-16 surrogate, which no column can store faithfully. A field the type does not
 * declare is left for the binder, which refuses it.
 */
final class StrictJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<Class<?>> INTEGERS = Set.of(Integer.class, int.class, Short.class, short.class);
    private static final Set<Class<?>> LONGS = Set.of(Long.class, long.class);
    private static final Set<Class<?>> BOOLEANS = Set.of(Boolean.class, boolean.class);

    private StrictJson() {
    }

    /** Refuses {@code body} with {@link MalformedBodyException} (400) or {@link InvalidValueException} (422). */
    static void check(byte[] body, Argument<?> type) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                return;
            }
            value(parser, type, "");
            if (parser.nextToken() != null) {
                throw new MalformedBodyException(null, "The body must be one JSON document with nothing after it");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedBodyException(null, "The body is not valid JSON (or names a key twice)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@link #check} knows the shape of {@code type}: a record or bean of this application, a list or a map. */
    static boolean knows(Argument<?> type) {
        return introspection(type.getType()).isPresent() || Collection.class.isAssignableFrom(type.getType())
                || Map.class.isAssignableFrom(type.getType());
    }

    private static void value(JsonParser parser, Argument<?> type, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        Class<?> kind = type.getType();
        if (kind == String.class) {
            expect(token == JsonToken.VALUE_STRING, path, "must be a JSON string");
            text(path, parser.getText());
        } else if (INTEGERS.contains(kind)) {
            expect(token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT,
                    path, "must be a whole number");
        } else if (LONGS.contains(kind)) {
            expect(token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER,
                    path, "must be a whole number");
        } else if (BOOLEANS.contains(kind)) {
            expect(token.isBoolean(), path, "must be true or false");
        } else if (Collection.class.isAssignableFrom(kind)) {
            expect(token == JsonToken.START_ARRAY, path, "must be a JSON array");
            Argument<?> element = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                value(parser, element, path + "[" + index++ + "]");
            }
        } else if (Map.class.isAssignableFrom(kind)) {
            expect(token == JsonToken.START_OBJECT, path, "must be a JSON object");
            Argument<?>[] parameters = type.getTypeParameters();
            Argument<?> values = parameters.length == 2 ? parameters[1] : Argument.OBJECT_ARGUMENT;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = field(parser, path);
                parser.nextToken();
                value(parser, values, key);
            }
        } else if (kind == Object.class) {
            anything(parser, path);
        } else {
            Optional<BeanIntrospection<Object>> introspection = introspection(kind);
            if (introspection.isPresent()) {
                object(parser, introspection.get(), path);
            } else {
                // Enums, instants, dates and other values the binder reads from text.
                expect(token == JsonToken.VALUE_STRING, path, "must be a JSON string");
                text(path, parser.getText());
            }
        }
    }

    private static void object(JsonParser parser, BeanIntrospection<Object> bean, String path) throws IOException {
        expect(parser.currentToken() == JsonToken.START_OBJECT, path, "must be a JSON object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String key = field(parser, path);
            parser.nextToken();
            Argument<?> declaredType = declared(bean, name);
            if (declaredType != null) {
                value(parser, declaredType, key);
            } else {
                anything(parser, key);
            }
        }
    }

    /** The type of a record component or bean property, or null when the type has no such field. */
    private static Argument<?> declared(BeanIntrospection<Object> bean, String name) {
        for (Argument<?> argument : bean.getConstructorArguments()) {
            if (argument.getName().equals(name)) {
                return argument;
            }
        }
        return bean.getProperty(name).map(p -> p.asArgument()).orElse(null);
    }

    /** A value of any shape: only its text is checked. */
    private static void anything(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            text(path, parser.getText());
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                anything(parser, path + "[" + index++ + "]");
            }
        } else if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = field(parser, path);
                parser.nextToken();
                anything(parser, key);
            }
        }
    }

    /** The path of the object member the parser is at; its name is text like any other. */
    private static String field(JsonParser parser, String path) throws IOException {
        String name = parser.currentName();
        String key = path.isEmpty() ? name : path + "." + name;
        text(key, name);
        return key;
    }

    private static void expect(boolean held, String path, String rule) {
        if (!held) {
            throw new MalformedBodyException(path.isEmpty() ? null : path, (path.isEmpty() ? "The body" : path)
                    + " " + rule);
        }
    }

    /** Text must not hold NUL or a surrogate without its pair (R-SEC-6). */
    static void text(String path, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (c == 0 || Character.isSurrogate(c)) {
                throw new InvalidValueException(path.isEmpty() ? "body" : path,
                        "must not contain a NUL character or an unpaired surrogate");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<BeanIntrospection<Object>> introspection(Class<?> type) {
        if (type.isPrimitive() || type.getName().startsWith("java.")) {
            return Optional.empty();
        }
        return BeanIntrospector.SHARED.findIntrospection((Class<Object>) type);
    }
}
