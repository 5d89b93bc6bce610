package org.soptrack.server.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads every JSON request body of the API: {@link StrictJson} checks it against the endpoint's type first, then
 * Micronaut Serialization binds it. It comes before Micronaut's own JSON reader, which coerces and ignores what follows
 * the document.
 */
@Singleton
@Order(JsonMessageHandler.ORDER - 10)
@Consumes(MediaType.APPLICATION_JSON)
final class StrictJsonBodyReader<T> implements MessageBodyReader<T> {

    private final JsonMapper json;

    StrictJsonBodyReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return mediaType != null && mediaType.matchesAllOrWildcardOrExtension(MediaType.EXTENSION_JSON)
                && StrictJson.knows(type);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) throws CodecException {
        T value = read(type, body.toByteArray());
        // Released once read, as Micronaut's reader does; on a refusal the caller releases it.
        if (body instanceof ReferenceCounted counted) {
            counted.release();
        }
        return value;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) throws CodecException {
        try {
            return read(type, body.readAllBytes());
        } catch (IOException e) {
            throw new CodecException("The request body could not be read", e);
        }
    }

    private T read(Argument<T> type, byte[] bytes) {
        StrictJson.check(bytes, type);
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new CodecException("The body does not fit " + type.getTypeName(), e);
        }
    }
}
