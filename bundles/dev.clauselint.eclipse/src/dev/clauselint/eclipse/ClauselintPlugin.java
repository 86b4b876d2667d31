package dev.clauselint.eclipse;

import dev.clauselint.eclipse.client.ContractClient;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Bundle activator: its only job is to stop the in-process language server with the bundle.
 * Everything else starts lazily, on the first contract opened.
 */
public final class ClauselintPlugin implements BundleActivator {
    public static final String ID = "dev.clauselint.eclipse";

    @Override
    public void start(BundleContext context) {
        // nothing to start eagerly: ContractClient connects on first use
    }

    @Override
    public void stop(BundleContext context) {
        ContractClient.disposeShared();
    }

    /** Logs to the Eclipse error log; the user is never shown a stack trace in a dialog. */
    public static void log(String message, Throwable error) {
        ILog.of(ClauselintPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
    }

    public static void warn(String message) {
        ILog.of(ClauselintPlugin.class).log(new Status(IStatus.WARNING, ID, message));
    }

    public static void info(String message) {
        ILog.of(ClauselintPlugin.class).log(new Status(IStatus.INFO, ID, message));
    }
}
