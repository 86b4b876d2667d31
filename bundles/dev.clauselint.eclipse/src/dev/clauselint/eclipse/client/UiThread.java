package dev.clauselint.eclipse.client;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Hands work to the UI thread without waiting for it (asyncExec, never syncExec). */
public final class UiThread {
    private UiThread() {
    }

    /** False when there is no workbench display (shutting down): the work is dropped. */
    public static boolean async(Runnable work) {
        if (!PlatformUI.isWorkbenchRunning()) return false;
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (display == null || display.isDisposed()) return false;
        display.asyncExec(work);
        return true;
    }
}
