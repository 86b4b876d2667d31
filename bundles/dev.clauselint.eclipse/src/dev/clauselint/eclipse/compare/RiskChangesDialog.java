package dev.clauselint.eclipse.compare;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import java.util.function.Function;

/** The result of a comparison: the verdict, the score before and after, and a table of the changes. */
public final class RiskChangesDialog extends TitleAreaDialog {
    private final String name;
    private final String against;
    private final RiskChanges changes;
    private final Runnable onClose;
    private TableViewer viewer;

    /** Modeless, so the editor's marks of the riskier clauses can be looked at; {@code onClose} runs once it closes. */
    public RiskChangesDialog(Shell parent, String name, String against, RiskChanges changes, Runnable onClose) {
        super(parent);
        this.name = name;
        this.against = against;
        this.changes = changes;
        this.onClose = onClose;
        setShellStyle((getShellStyle() & ~SWT.APPLICATION_MODAL) | SWT.MODELESS | SWT.RESIZE);
        setBlockOnOpen(false);
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        if (closed) onClose.run();
        return closed;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(CompareRiskChangesHandler.TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(name + " compared with " + against);
        String verdict = changes.substantive() ? "Substantive changes" : "No substantive changes";
        long up = changes.changes().stream().filter(c -> "up".equals(c.risk())).count();
        setMessage(verdict + ". Score " + changes.scoreBefore() + " -> " + changes.scoreAfter()
                + (up > 0 ? "; " + up + " change(s) raise the risk." : "."),
                up > 0 ? IMessageProvider.WARNING : IMessageProvider.INFORMATION);
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(1000, 320).applyTo(viewer.getTable());
        column(viewer, "Risk", 60, RiskChanges.Change::risk);
        column(viewer, "Kind", 80, RiskChanges.Change::kind);
        column(viewer, "Category", 220, RiskChanges.Change::code);
        column(viewer, "Severity", 120, c -> pair(c.severityBefore(), c.severityAfter()));
        column(viewer, "Section", 160, c -> pair(c.sectionBefore(), c.sectionAfter()));
        column(viewer, "Before", 250, RiskChanges.Change::before);
        column(viewer, "After", 250, RiskChanges.Change::after);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(changes.changes());
        return area;
    }

    /** The table of changes (null before the dialog opens). */
    public Table table() {
        return viewer == null ? null : viewer.getTable();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private static void column(TableViewer viewer, String title, int width, Function<RiskChanges.Change, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((RiskChanges.Change) element);
                return s == null ? "" : s.replace('\n', ' ');
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply((RiskChanges.Change) element);
            }
        });
    }

    private static String pair(String before, String after) {
        if (before == null && after == null) return "";
        if (before != null && before.equals(after)) return before;
        return (before == null ? "-" : before) + " -> " + (after == null ? "-" : after);
    }
}
