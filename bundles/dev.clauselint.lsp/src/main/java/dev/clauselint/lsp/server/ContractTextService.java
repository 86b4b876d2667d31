package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code textDocument/*}: keeps the open contracts in step with the editor and answers each
 * request from the newest analysis through the feature classes.
 */
final class ContractTextService implements TextDocumentService {
    private final ClauselintServer server;
    final Requests requests;

    ContractTextService(ClauselintServer server) {
        this.server = server;
        this.requests = new Requests(server);
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var d = params.getTextDocument();
        server.opened(new OpenContract(d.getUri(), d.getLanguageId(), d.getVersion(), d.getText() == null ? "" : d.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        OpenContract c = server.documents.get(uri);
        if (c == null) {
            server.log(MessageType.Warning, "didChange for a document that is not open: " + uri);
            return;
        }
        Integer v = params.getTextDocument().getVersion();
        c.apply(v == null ? c.snapshot().version() + 1 : v, params.getContentChanges());
        server.scheduler.schedule(c.snapshot());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        server.closed(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the text is already known from didChange
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        String uri = params.getTextDocument().getUri();
        return requests.on(uri, "diagnostics",
                new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of())),
                a -> {
                    RelatedFullDocumentDiagnosticReport r = new RelatedFullDocumentDiagnosticReport(
                            server.comparisons.withComparison(a, DiagnosticFactory.of(a)));
                    r.setResultId(Integer.toString(a.version()));
                    return new DocumentDiagnosticReport(r);
                });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return requests.on(params.getTextDocument().getUri(), "code actions", List.of(),
                a -> CodeActions.actions(a, params, server));
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction unresolved) {
        String uri = CodeActions.uriOf(unresolved);
        if (uri == null) return CompletableFuture.completedFuture(unresolved);
        return requests.on(uri, "code action resolve", unresolved, a -> CodeActions.resolve(a, unresolved, server));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return requests.on(params.getTextDocument().getUri(), "hover", null,
                a -> Hovers.hover(a, params.getPosition(), server.capabilities()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return requests.on(params.getTextDocument().getUri(), "definition", Either.forLeft(List.of()),
                a -> Either.forLeft(TermSymbols.definition(a, params.getPosition())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean withDeclaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return requests.on(params.getTextDocument().getUri(), "references", List.of(),
                a -> TermSymbols.references(a, params.getPosition(), withDeclaration));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return requests.on(params.getTextDocument().getUri(), "highlight", List.of(),
                a -> TermSymbols.highlights(a, params.getPosition()));
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(PrepareRenameParams params) {
        return requests.on(params.getTextDocument().getUri(), "prepare rename", null,
                a -> TermSymbols.prepareRename(a, params.getPosition()));
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return requests.on(params.getTextDocument().getUri(), "rename", null,
                a -> TermSymbols.rename(a, params.getPosition(), params.getNewName()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return requests.on(params.getTextDocument().getUri(), "completion", Either.forLeft(List.of()),
                a -> Either.forRight(Completions.complete(a, params.getPosition(), server.capabilities())));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return requests.on(params.getTextDocument().getUri(), "outline", List.of(),
                a -> Outline.symbols(a).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return requests.on(params.getTextDocument().getUri(), "folding", List.of(), Outline::folding);
    }

    @Override
    public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
        return requests.on(params.getTextDocument().getUri(), "links", List.of(), Links::links);
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return requests.onSettled(params.getTextDocument().getUri(), "code lens", List.of(), Lenses::lenses);
    }
}
