package dev.clauselint.eclipse.tests;

import org.eclipse.swt.widgets.Display;

import java.time.Duration;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Waits on the UI thread the way a user's workbench does: by running its event loop, so the
 * client's asyncExecs and the marker jobs' results get through while the test waits.
 */
final class UiWait {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private UiWait() {
    }

    /** The first non-null, non-false value the supplier gives, or a failure naming what never came. */
    static <T> T until(String what, Supplier<T> check) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            T value = check.get();
            if (value != null && !Boolean.FALSE.equals(value)) return value;
            spin(display, 50);
        }
        return fail("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
    }

    static void spin(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        do {
            while (display != null && !display.isDisposed() && display.readAndDispatch()) {
                // run everything queued
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.currentTimeMillis() < end);
    }
}
