package se.styrplan.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * The request body on its way to a service, chunk by chunk (never buffered), watched for two things the proxy
 * must react to: more bytes than the gateway accepts (Quarkus refuses a too large Content-Length up front, but a
 * chunked body only shows its size while it streams), and its end (when the response timeout starts).
 */
final class ObservedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable onTooLarge;
    private final Runnable onEnd;
    private long received;
    private boolean overflowed;

    ObservedBody(ReadStream<Buffer> source, long limit, Runnable onTooLarge, Runnable onEnd) {
        this.source = source;
        this.limit = limit;
        this.onTooLarge = onTooLarge;
        this.onEnd = onEnd;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (overflowed) {
                return;
            }
            received += chunk.length();
            if (received > limit) {
                overflowed = true;
                source.pause();
                onTooLarge.run();
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        if (endHandler == null) {
            source.endHandler(null);
            return this;
        }
        source.endHandler(v -> {
            if (!overflowed) {
                onEnd.run();
                endHandler.handle(v);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }
}
