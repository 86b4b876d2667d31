package dev.clauselint.eclipse.preferences;

import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells the server that the Clauselint preferences changed. Saving the preference page changes
 * several keys in a row; while one notice is still queued, further changes ride on it (the
 * server pulls all the settings when the notice arrives, so it sees every change).
 */
public final class SettingsNotifier implements IPropertyChangeListener {
    private final AtomicBoolean queued = new AtomicBoolean();
    private final NoticeSender sender;

    /** Queues a didChangeConfiguration and runs {@code whenSent} just before it goes out; must not block. */
    public interface NoticeSender {
        void queueNotice(Runnable whenSent);
    }

    public SettingsNotifier(NoticeSender sender) {
        this.sender = sender;
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        settingsChanged();
    }

    /** Some settings changed (the workspace's or a project's): the server should pull them again. */
    public void settingsChanged() {
        if (queued.compareAndSet(false, true)) sender.queueNotice(() -> queued.set(false));
    }
}
