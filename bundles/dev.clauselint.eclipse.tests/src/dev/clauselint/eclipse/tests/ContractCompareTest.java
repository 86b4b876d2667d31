package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.compare.CompareRiskChangesHandler;
import dev.clauselint.eclipse.compare.RiskChanges;
import dev.clauselint.eclipse.compare.RiskChangesDialog;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.commands.Command;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compare With > Clauselint Risk Changes with HEAD, without its dialogs. */
class ContractCompareTest extends WorkbenchTest {
    private static final String INDEMNITY = "You will indemnify and hold harmless the Provider from any claims.";

    @Test
    void anIndemnityAddedSinceHeadIsASubstantiveChangeThatRaisesTheRisk() throws Exception {
        IFile file = project.file("deal.contract.md", SMALL);
        File folder = project.project().getLocation().toFile();
        git(folder, "init", "-q");
        git(folder, "add", "deal.contract.md");
        git(folder, "-c", "user.name=Clauselint Test", "-c", "user.email=test@clauselint.dev", "commit", "-q", "-m", "first version");

        IDocument document = openInContractEditor(file);
        document.replace(document.getLength(), 0, "\n## 4. Indemnity\n\n" + INDEMNITY + "\n");

        CompletableFuture<RiskChanges> answer = CompareRiskChangesHandler.compare(page, file, "HEAD");
        RiskChanges changes = UiWait.until("the comparison with HEAD", () -> answer.isDone() ? answer.join() : null);

        assertTrue(changes.substantive(), "substantive: " + changes);
        assertTrue(changes.changes().stream().anyMatch(c -> "liability.one-way-indemnity".equals(c.code()) && "up".equals(c.risk())),
                "a one-way indemnity that raises the risk: " + changes.changes());

        AtomicBoolean closed = new AtomicBoolean();
        RiskChangesDialog dialog = new RiskChangesDialog(page.getWorkbenchWindow().getShell(), file.getName(), "HEAD", changes,
                () -> closed.set(true));
        dialog.open();
        try {
            Table table = dialog.table();
            assertEquals(changes.changes().size(), table.getItemCount());
            assertTrue(Arrays.stream(table.getItems()).anyMatch(i -> "up".equals(i.getText(0))
                    && "liability.one-way-indemnity".equals(i.getText(2)) && i.getText(6).contains("indemnify")),
                    "a row of the indemnity");
            UiWait.spin(table.getDisplay(), 300);
            Screenshots.save(table.getDisplay(), table.getShell().getBounds(), "compare-risk-changes");
        } finally {
            dialog.close();
        }
        assertTrue(closed.get(), "closing the dialog ends the comparison");
    }

    @Test
    void theServersRefusalReachesTheCallerAsItWordsIt() throws Exception {
        IFile file = project.file("untracked.contract.md", SMALL);
        CompletableFuture<RiskChanges> answer = CompareRiskChangesHandler.compare(page, file, "HEAD");
        UiWait.until("the refusal", answer::isDone);
        assertTrue(answer.isCompletedExceptionally(), "an untracked file cannot be compared with HEAD");
        String message = CompareRiskChangesHandler.refusal(answer);
        assertTrue(message.contains("untracked.contract.md") && message.contains("git"), message);
    }

    @Test
    void bothEntriesAreCommandsWithAHandler() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of(CompareRiskChangesHandler.WITH_HEAD, CompareRiskChangesHandler.WITH_FILE)) {
            Command command = commands.getCommand(id);
            assertTrue(command.isDefined(), id);
            assertTrue(command.isHandled(), id + " has a handler");
        }
    }

    private static void git(File folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(folder).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", args) + " finished");
        assertEquals(0, p.exitValue(), "git " + String.join(" ", args) + ": " + output);
    }
}
