package dev.clauselint.eclipse.rename;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Asks the user for a defined term's new name; replaceable so tests can answer it. */
@FunctionalInterface
public interface NewNameQuestion {
    /** UI thread. The new name, or null when the user cancels. */
    String ask(Shell shell, String current);

    /** The dialog users see: pre-filled with the current name, OK only once the name changed. */
    NewNameQuestion DIALOG = (shell, current) -> {
        IInputValidator changed = s -> s == null || s.isBlank() || s.equals(current) ? "Enter a new name for the term" : null;
        InputDialog dialog = new InputDialog(shell, "Rename Defined Term", "New name for \"" + current + "\":", current, changed);
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    };
}
