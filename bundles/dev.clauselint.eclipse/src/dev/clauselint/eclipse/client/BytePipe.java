package dev.clauselint.eclipse.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An in-memory pipe for the in-process language server. Not {@link java.io.PipedInputStream}:
 * that one remembers the thread that wrote last and reports "Pipe broken" once it has died, and
 * lsp4j writes from whichever thread sends a message (Eclipse job workers come and go). It also
 * blocks a writer when its 1 KB buffer is full. Here a write only queues a copy of the bytes, so
 * it never blocks, and the reader takes chunks in order.
 */
final class BytePipe {
    private static final byte[] END = new byte[0];

    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    final InputStream in = new InputStream() {
        private byte[] current;
        private int pos;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (current != END && (current == null || pos == current.length)) {
                current = take();
                pos = 0;
            }
            if (current == END) return -1;
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    };

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) throw new IOException("the connection to the Clauselint server is closed");
            if (len > 0) chunks.add(Arrays.copyOfRange(b, off, off + len));
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    };

    private byte[] take() throws InterruptedIOException {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading from the Clauselint server");
        }
    }

    void close() {
        if (closed) return;
        closed = true;
        chunks.add(END);
    }
}
