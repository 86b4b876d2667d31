import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { DocumentSelector, ExecuteCommandRequest, LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { registerScanStandIn } from '../commands/scanWorkspace';
import { FoundJava, JavaResult, findJava, isFile } from '../java/javaFinder';
import { Filter, documentSelector, readReviewSettings } from '../settings/documentSelector';
import { SECTION } from '../settings/serverSettings';
import { clientMiddleware } from './middleware';

/** Starts, stops and restarts the bundled language server; knows why it is not running. */
export class ServerManager implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private failure: string | undefined;
  private java: FoundJava | undefined;
  private standIn: vscode.Disposable | undefined;
  private disposed = false;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the server starts, stops or fails to start. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {
    this.syncStandIn();
  }

  /** The client while the server runs. */
  get running(): LanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  /** Why the server could not start, until it starts. */
  get problem(): string | undefined {
    return this.failure;
  }

  get jarPath(): string {
    return this.context.asAbsolutePath('server/clauselint.jar');
  }

  /** The documents the server reviews, from the current settings. */
  selector(): Filter[] {
    const config = vscode.workspace.getConfiguration(SECTION);
    return documentSelector(readReviewSettings((key) => config.get(key)));
  }

  /** True when the server should look at this document. */
  handles(document: vscode.TextDocument): boolean {
    return vscode.languages.match(this.selector() as vscode.DocumentFilter[], document) > 0;
  }

  /** Starts the server unless it runs or is starting; reports any failure to the user once. */
  start(): Promise<void> {
    if (this.client || this.starting) return this.starting ?? Promise.resolve();
    this.starting = this.doStart().finally(() => {
      this.starting = undefined;
      this.changed.fire();
    });
    return this.starting;
  }

  async stop(): Promise<void> {
    await this.starting;
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.stop(5000);
      } catch (e) {
        this.output.appendLine(`Stopping the server: ${String(e)}`);
      }
    }
    this.syncStandIn();
    this.changed.fire();
  }

  async restart(): Promise<void> {
    await this.stop();
    this.java = undefined;
    await this.start();
  }

  /** A Java 17+ to run the server's command line with, found once and kept. */
  async findJava(): Promise<JavaResult> {
    if (this.java) return { ok: true, java: this.java };
    const result = await findJava({
      settingHome: vscode.workspace.getConfiguration(SECTION).get<string>('java.home'),
      env: process.env,
      platform: process.platform,
      isFile,
    });
    if (result.ok) this.java = result.java;
    return result;
  }

  /** Sends workspace/executeCommand to the running server. */
  async execute<T>(command: string, args: unknown[]): Promise<T> {
    const client = this.running;
    if (!client) throw new Error(this.failure ?? 'the Clauselint server is not running');
    return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as T;
  }

  private async doStart(): Promise<void> {
    this.failure = undefined;
    const java = await this.findJava();
    if (!java.ok) return this.fail(java.message, true);
    if (!fs.existsSync(this.jarPath)) {
      return this.fail(`The language server ${this.jarPath} is missing from the extension; reinstall the Clauselint .vsix.`, false);
    }
    this.output.appendLine(`Starting the server with Java ${java.java.major} (${java.java.source}): ${java.java.executable}`);
    // The serial collector starts faster and is plenty for a server holding one contract's model.
    const run = { command: java.java.executable, args: ['-XX:+UseSerialGC', '-jar', this.jarPath, 'serve'], transport: TransportKind.stdio };
    const serverOptions: ServerOptions = { run, debug: run };
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.selector() as DocumentSelector,
      outputChannel: this.output,
      middleware: clientMiddleware(this),
    };
    const client = new LanguageClient('clauselint', 'Clauselint', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState(() => {
      this.syncStandIn();
      this.changed.fire();
    });
    this.syncStandIn();
    try {
      await client.start();
    } catch (e) {
      this.client = undefined;
      await client.dispose().catch(() => undefined);
      this.syncStandIn();
      return this.fail(`The Clauselint server did not start: ${e instanceof Error ? e.message : String(e)}. See the Clauselint output.`, false);
    }
  }

  /**
   * The language client registers the server's commands while it runs; in between, a stand-in
   * for the scan command explains why nothing happens. Never both: VS Code refuses a second one.
   */
  private syncStandIn(): void {
    const serverOwnsCommands = this.disposed || (this.client !== undefined && this.client.state !== State.Stopped);
    if (serverOwnsCommands && this.standIn) {
      this.standIn.dispose();
      this.standIn = undefined;
    } else if (!serverOwnsCommands && !this.standIn) {
      this.standIn = registerScanStandIn(() => this.failure);
    }
  }

  private fail(message: string, javaMissing: boolean): void {
    this.failure = message;
    this.output.appendLine(message);
    const actions = javaMissing ? ['Set Java Home', 'Retry'] : ['Show Output', 'Retry'];
    void vscode.window.showErrorMessage(message, ...actions).then((choice) => {
      if (choice === 'Set Java Home') void vscode.commands.executeCommand('workbench.action.openSettings', 'clauselint.java.home');
      else if (choice === 'Show Output') this.output.show();
      else if (choice === 'Retry') void this.restart();
    });
  }

  dispose(): void {
    this.disposed = true;
    this.syncStandIn();
    void this.stop();
    this.changed.dispose();
  }
}
