package dev.clauselint.lsp.server;

import com.google.gson.JsonElement;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import dev.clauselint.core.review.Review;
import dev.clauselint.lsp.PositionMapper;
import org.eclipse.lsp4j.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * Reviews files that no editor has open, in the caller's JVM and thread, giving exactly the
 * diagnostics the server would publish for them: the settings go through the server's own
 * precedence (editor settings, then the workspace {@code .clauselint.yaml}) and
 * {@link ReviewSetup}, and findings become diagnostics through {@link DiagnosticFactory}.
 * For embedding clients (the Eclipse builder) that review many closed files without an LSP
 * round trip per file. Build one per batch: creating it loads the playbooks.
 */
public final class FileReviewer {
    private final ReviewSetup setup;
    private final int maxChars;

    private FileReviewer(ReviewSetup setup, int maxChars) {
        this.setup = setup;
        this.maxChars = maxChars;
    }

    /**
     * @param editorSettings the {@code clauselint} section as the client would answer workspace/configuration, or null
     * @param workspaceRoot  where {@code .clauselint.yaml} and relative playbook paths are looked up, or null
     */
    public static FileReviewer create(JsonElement editorSettings, Path workspaceRoot) {
        Configuration configuration = new Configuration(workspaceRoot);
        configuration.editor(editorSettings);
        ServerSettings settings = configuration.effective().settings();
        return new FileReviewer(ReviewSetup.create(settings, workspaceRoot), settings.maxFileSize());
    }

    /** The decoded text that the diagnostics' ranges refer to, and the diagnostics. */
    public record Result(String text, List<Diagnostic> diagnostics) {
    }

    /** Reviews one file's bytes; the name decides the format (then the content). */
    public Result review(String uri, byte[] content, String fileName) throws UnreadableInputException {
        if (content.length > (long) maxChars * 4) {
            throw new UnreadableInputException(fileName + ": too large to review (" + content.length
                    + " bytes; the limit is " + maxChars + " characters, setting clauselint.maxFileSize)");
        }
        ContractDocument doc = new ContractReader(maxChars).read(content, fileName);
        Review review = setup.reviewer().review(doc);
        Analysis a = new Analysis(new OpenContract.Snapshot(uri, "", 0, doc.source()), new PositionMapper(doc.source()),
                review, null, setup);
        return new Result(doc.source(), DiagnosticFactory.of(a));
    }
}
