-- A second, independent LSP client: Neovim 0.7's built-in one, run headless by neovim.test.ts with
--   nvim --headless -u NONE -i NONE -n -c 'luafile nvim-client.lua'
-- It starts kubeplan-lsp over stdio, opens a manifest with a known error, waits for that diagnostic, asks for a
-- hover, writes what it received as JSON and quits (exit 1 when something it waited for never came).
-- Only Neovim 0.7 API: vim.lsp.start_client, buf_attach_client, buf_request_sync, vim.diagnostic.get.
local env = vim.env
local out = { diagnostics = {}, hover = vim.NIL, errors = {}, nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }

local function finish(ok)
  vim.fn.writefile({ vim.fn.json_encode(out) }, env.KUBEPLAN_OUT)
  if ok then vim.cmd('qa!') else vim.cmd('cquit 1') end
end

-- Users run with filetype detection on, so buffers open as `yaml` (the languageId Neovim sends).
vim.cmd('filetype on')

local published = false
local client_id = vim.lsp.start_client({
  name = 'kubeplan',
  cmd = { env.KUBEPLAN_NODE, env.KUBEPLAN_LSP_BIN, '--stdio' },
  root_dir = env.KUBEPLAN_ROOT,
  settings = { kubeplan = {} },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if result and vim.uri_to_fname(result.uri) == env.KUBEPLAN_FILE then
        for _, d in ipairs(result.diagnostics) do
          if d.code == env.KUBEPLAN_EXPECT_CODE then published = true end
        end
      end
    end,
  },
  on_exit = function(code, signal) out.exit = { code = code, signal = signal } end,
})
if not client_id then
  table.insert(out.errors, 'vim.lsp.start_client failed')
  finish(false)
  return
end

vim.cmd('edit ' .. vim.fn.fnameescape(env.KUBEPLAN_FILE))
local bufnr = vim.api.nvim_get_current_buf()
out.filetype = vim.bo[bufnr].filetype
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(tonumber(env.KUBEPLAN_TIMEOUT_MS), function() return published end, 50)
if not ok then table.insert(out.errors, 'no ' .. env.KUBEPLAN_EXPECT_CODE .. ' diagnostic was published') end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(out.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, code = d.code, message = d.message, source = d.source,
  })
end

local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = tonumber(env.KUBEPLAN_HOVER_LINE), character = tonumber(env.KUBEPLAN_HOVER_CHARACTER) },
}
local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, tonumber(env.KUBEPLAN_TIMEOUT_MS))
local response = responses and responses[client_id]
if err then table.insert(out.errors, 'hover: ' .. tostring(err)) end
if response and response.err then table.insert(out.errors, 'hover error: ' .. vim.inspect(response.err)) end
if response and response.result then out.hover = response.result.contents end

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return out.exit ~= nil end, 50)
finish(ok and response ~= nil and response.result ~= nil)
