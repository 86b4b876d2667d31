-- End-to-end check of the Clauselint language server through Neovim's own LSP client (0.7+).
--
-- Run headless by NeovimEndToEndTest:
--   nvim --headless -n -i NONE -u NONE --noplugin -c "luafile e2e.lua"
-- Inputs come from the environment (CLAUSELINT_E2E_*): the java binary, the server jar, the
-- contract to open, the 0-based line the finding must be on, the rule id, and the result file.
-- The script opens the contract, waits for the finding, applies the first non-suppressing quick
-- fix, writes the buffer and waits for the finding to go away. It writes one line per step to
-- the result file, ending with "OK" or "FAIL: why", and exits non-zero on failure, because the
-- stdout of a headless Neovim is awkward to read from Java.

local env = vim.env
local result_file = env.CLAUSELINT_E2E_RESULT
local code = env.CLAUSELINT_E2E_CODE or 'data.training-on-inputs'
local line = tonumber(env.CLAUSELINT_E2E_LINE or '')
local timeout = tonumber(env.CLAUSELINT_E2E_TIMEOUT_MS or '') or 30000

local started = vim.loop.hrtime()
local log = {}

local function elapsed_ms()
  return math.floor((vim.loop.hrtime() - started) / 1e6)
end

local function note(msg)
  table.insert(log, string.format('%6d ms  %s', elapsed_ms(), msg))
end

local function finish(ok, msg)
  note(ok and 'OK' or ('FAIL: ' .. msg))
  local f = io.open(result_file, 'w')
  if f then
    f:write(table.concat(log, '\n'), '\n')
    f:close()
  end
  -- the exit autocommand shuts the server down; :cquit makes the exit code non-zero
  vim.cmd(ok and 'qall!' or 'cquit 3')
end

-- Raw LSP diagnostics of the contract as last pushed, and how many pushes arrived.
local pushed = { count = 0, diagnostics = nil }

local function with_code(diagnostics)
  local found = {}
  for _, d in ipairs(diagnostics or {}) do
    if d.code == code and d.source == 'clauselint' then table.insert(found, d) end
  end
  return found
end

local function describe(diagnostics)
  local parts = {}
  for _, d in ipairs(diagnostics or {}) do
    table.insert(parts, string.format('%s@%d', tostring(d.code), d.range.start.line))
  end
  return '[' .. table.concat(parts, ', ') .. ']'
end

local function is_suppression(title)
  local t = title:lower()
  return t:find('suppress', 1, true) or t:find('disable', 1, true) or t:find('ignore', 1, true)
end

-- The quick fix a drafter would pick: kind quickfix, not a suppression, the preferred one first.
local function pick(actions)
  local candidates = {}
  for _, a in ipairs(actions or {}) do
    -- bare commands have a string `command` and no kind; they are not what we want
    if type(a.command) ~= 'string' and a.kind and vim.startswith(a.kind, 'quickfix') and not is_suppression(a.title) then
      table.insert(candidates, a)
    end
  end
  for _, a in ipairs(candidates) do
    if a.isPreferred then return a end
  end
  return candidates[1]
end

local function titles(actions)
  local t = {}
  for _, a in ipairs(actions or {}) do
    table.insert(t, string.format('%s (%s)', tostring(a.title), tostring(a.kind)))
  end
  return #t == 0 and '(no code actions)' or table.concat(t, '; ')
end

local function run()
  for _, name in ipairs({ 'CLAUSELINT_E2E_JAVA', 'CLAUSELINT_E2E_JAR', 'CLAUSELINT_E2E_FILE' }) do
    if not env[name] or env[name] == '' then return finish(false, name .. ' is not set') end
  end
  if not line then return finish(false, 'CLAUSELINT_E2E_LINE is not set') end
  note('neovim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch))

  local file = env.CLAUSELINT_E2E_FILE
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)

  -- Without pull-diagnostics support (Neovim 0.10+ declares it) the server pushes, which the
  -- handler below watches; 0.7 never declares it.
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  capabilities.textDocument.diagnostic = nil

  local client_id = vim.lsp.start_client({
    name = 'clauselint',
    capabilities = capabilities,
    cmd = { env.CLAUSELINT_E2E_JAVA, '-jar', env.CLAUSELINT_E2E_JAR, 'serve' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    -- -u NONE means no filetype detection; tell the server what the document is
    get_language_id = function() return 'markdown' end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == uri then
          pushed.count = pushed.count + 1
          pushed.diagnostics = result.diagnostics
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(exit_code, signal)
      pushed.exited = string.format('server exited (code %s, signal %s)', tostring(exit_code), tostring(signal))
    end,
  })
  if not client_id then return finish(false, 'vim.lsp.start_client returned nil') end
  if not vim.lsp.buf_attach_client(bufnr, client_id) then return finish(false, 'buf_attach_client failed') end
  local client = vim.lsp.get_client_by_id(client_id)
  note('server started, client ' .. client_id)

  -- 1. the finding appears on the expected line
  local finding
  local ok = vim.wait(timeout, function()
    if pushed.exited then return true end
    for _, d in ipairs(with_code(pushed.diagnostics)) do
      if d.range.start.line == line then finding = d return true end
    end
    return false
  end, 20)
  if pushed.exited then return finish(false, pushed.exited) end
  if not ok then
    return finish(false, string.format('no %s on line %d within %d ms; diagnostics: %s', code, line, timeout,
      describe(pushed.diagnostics)))
  end
  note(string.format('diagnostics: %s on line %d (%d pushes, %d diagnostics)', code, line, pushed.count,
    #pushed.diagnostics))

  -- 2. ask for code actions on that line, with the diagnostic in the context
  local text = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1] or ''
  local params = {
    textDocument = { uri = uri },
    range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = #text } },
    context = { diagnostics = { finding } },
  }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
  if not responses then return finish(false, 'codeAction request failed: ' .. tostring(err)) end
  local response = responses[client_id]
  if not response then return finish(false, 'no codeAction response from clauselint') end
  if response.error then return finish(false, 'codeAction error: ' .. vim.inspect(response.error)) end
  local action = pick(response.result)
  if not action then
    return finish(false, 'no quickfix that is not a suppression; got: ' .. titles(response.result))
  end
  note(string.format('code actions: %d, picked "%s"', #response.result, action.title))

  -- 3. resolve lazily computed edits, as Neovim itself does when the client supports it
  if not action.edit then
    local resolved, rerr = client.request_sync('codeAction/resolve', action, timeout, bufnr)
    if not resolved then return finish(false, 'codeAction/resolve failed: ' .. tostring(rerr)) end
    if resolved.err then return finish(false, 'codeAction/resolve error: ' .. vim.inspect(resolved.err)) end
    action = resolved.result
    if not action or not action.edit then return finish(false, 'resolved code action has no edit') end
    note('resolved the edit with codeAction/resolve')
  end

  -- 4. apply, write, and wait for a review of the new text without the finding
  local before = pushed.count
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  vim.cmd('silent write')
  note('applied the edit and wrote ' .. file)
  ok = vim.wait(timeout, function()
    return pushed.exited ~= nil or (pushed.count > before and #with_code(pushed.diagnostics) == 0)
  end, 20)
  if pushed.exited then return finish(false, pushed.exited) end
  if not ok then
    return finish(false, string.format('%s still reported %d ms after the fix; diagnostics: %s', code, timeout,
      describe(pushed.diagnostics)))
  end
  note(string.format('diagnostics after the fix: %d, none is %s', #pushed.diagnostics, code))
  finish(true)
end

local ok, err = xpcall(run, debug.traceback)
if not ok then finish(false, 'script error: ' .. tostring(err)) end
