package dev.clauselint.eclipse.risk;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.UiThread;
import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Contract Risk view: score, grade, counts by severity and the findings of the contract in
 * the active Contract editor, from the server's {@code clauselint.riskReport}. Asked for when a
 * contract editor becomes active and after each review of it; the request and its answer stay
 * off the UI thread, which only receives the finished report through asyncExec.
 */
public final class RiskView extends ViewPart {
    public static final String ID = "dev.clauselint.eclipse.views.risk";
    static final String NO_CONTRACT = "Open a contract to see its risk";

    /** Numbers the requests, so an answer overtaken by a newer request is dropped. */
    private final AtomicInteger asked = new AtomicInteger();
    private volatile String uri; // the contract shown; read by the review watcher's thread

    private StackLayout stack;
    private Composite page;
    private Label empty;
    private Label grade;
    private Label score;
    private Label counts;
    private TreeViewer findings;
    private ContractFocus focus;
    private ReviewWatcher reviews;

    @Override
    public void createPartControl(Composite parent) {
        stack = new StackLayout();
        parent.setLayout(stack);
        empty = new Label(parent, SWT.WRAP);
        empty.setText(NO_CONTRACT);
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(page);
        createHeader(page);
        findings = new TreeViewer(page, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        findings.setContentProvider(new RiskTree());
        findings.setLabelProvider(new RiskLabels());
        findings.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        findings.addDoubleClickListener(e -> open((IStructuredSelection) e.getSelection()));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(findings.getControl());
        stack.topControl = empty;

        reviews = new ReviewWatcher(this::refresh);
        focus = new ContractFocus(getSite().getPage(), this::follow);
        focus.install();
    }

    private void createHeader(Composite parent) {
        LocalResourceManager fonts = new LocalResourceManager(JFaceResources.getResources(), parent);
        FontDescriptor header = FontDescriptor.createFrom(JFaceResources.getHeaderFont());
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        grade = new Label(row, SWT.CENTER);
        grade.setFont(fonts.create(header.setHeight(32).setStyle(SWT.BOLD)));
        GridDataFactory.swtDefaults().span(1, 2).hint(60, SWT.DEFAULT).applyTo(grade);
        score = new Label(row, SWT.NONE);
        score.setFont(fonts.create(header));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(score);
        counts = new Label(row, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
    }

    /** The active Contract editor changed (UI thread). */
    private void follow(ContractEditor editor) {
        DocumentSync sync = editor == null ? null : editor.sync();
        uri = sync == null ? null : sync.uri();
        reviews.watch(sync == null ? null : sync.file());
        if (sync == null) {
            showTop(empty);
            return;
        }
        show("…", "Reviewing " + sync.file().getName() + "…", "", null);
        refresh();
    }

    /** Asks for the shown contract's report; any thread, returns at once. */
    private void refresh() {
        String target = uri;
        ContractClient client = ContractClient.existing();
        if (target == null || client == null) return;
        int id = asked.incrementAndGet();
        RiskReportRequest.send(client, target).whenComplete((report, error) -> UiThread.async(() -> {
            if (grade.isDisposed() || id != asked.get() || !target.equals(uri)) return;
            if (error != null) {
                ClauselintPlugin.info("Clauselint: no risk report for " + target + ": " + error.getMessage());
                show("–", "No risk report", String.valueOf(error.getMessage()), null);
            } else if (report.error() != null) {
                show("–", "Not reviewed", report.error(), null);
            } else {
                show(report.grade(), "Risk score " + report.score() + " / 100", countsText(report), report);
            }
        }));
    }

    private void show(String gradeText, String scoreText, String countsText, RiskReport report) {
        grade.setText(gradeText);
        score.setText(scoreText);
        counts.setText(countsText);
        findings.setInput(report);
        showTop(page);
        page.layout(true, true);
    }

    private void showTop(Control top) {
        stack.topControl = top;
        top.getParent().layout();
    }

    static String countsText(RiskReport report) {
        StringJoiner text = new StringJoiner("   ");
        for (String severity : RiskReport.SEVERITIES) {
            text.add(RiskLabels.capitalised(severity) + " " + report.counts().getOrDefault(severity, 0));
        }
        return text.toString();
    }

    /** Double-click: a finding jumps to its text; a group opens or closes, as in other trees. */
    private void open(IStructuredSelection selection) {
        Object picked = selection.getFirstElement();
        ContractEditor editor = focus.current();
        if (picked instanceof RiskFinding finding) {
            if (editor != null) FindingReveal.reveal(editor, finding);
        } else if (picked != null) {
            findings.setExpandedState(picked, !findings.getExpandedState(picked));
        }
    }

    /** The grade shown ("B"), "…" while the first report is on its way, or null when no contract is. */
    public String grade() {
        return stack.topControl == empty ? null : grade.getText();
    }

    /** What the view says when no contract is shown, or null while one is. */
    public String emptyMessage() {
        return stack.topControl == empty ? empty.getText() : null;
    }

    /** The findings tree (tests find and double-click entries through it). */
    public TreeViewer findings() {
        return findings;
    }

    @Override
    public void setFocus() {
        stack.topControl.setFocus();
    }

    @Override
    public void dispose() {
        if (focus != null) focus.dispose();
        if (reviews != null) reviews.dispose();
        super.dispose();
    }
}
