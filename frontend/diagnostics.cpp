// Diagnostics: the collector the parser reports into, parse() (the
// frontend's entry point for source text), and CPython's rendering of a
// syntax error (format_diagnostic).
//
// Rendering copies CPython 3.11's print_error_text: the source line with
// its leading whitespace stripped, indented by four spaces; a caret line
// whose indentation is the byte length of the text before the error column
// (CPython measures bytes there, so carets under non-ASCII text shift the
// same way); one caret for indentation errors, else one per column of the
// error's range; no caret at all when the column falls in the stripped
// indentation.
#include <algorithm>
#include <string>

#include "frontend/frontend.h"
#include "frontend/lexer.h"
#include "frontend/parser.h"

namespace capy {

bool DiagnosticCollector::add(Diagnostic d) {
  if (full()) return false;
  if (!list_.empty() && list_.back().line == d.line) return false;
  list_.push_back(std::move(d));
  return true;
}

namespace {

// The REPL's "a compound statement ends with an empty line".
bool ends_with_blank_line(std::string_view s) {
  if (s.empty() || s.back() != '\n') return false;
  s.remove_suffix(1);
  size_t nl = s.rfind('\n');
  if (nl == std::string_view::npos) return false;
  for (char c : s.substr(nl + 1))
    if (c != ' ' && c != '\t' && c != '\f') return false;
  return true;
}

// Errors CPython's tokenizer raises itself carry a column its printer
// treats as characters; every other error's column is treated as bytes.
bool is_tokenizer_message(std::string_view m) {
  static constexpr std::string_view kPrefixes[] = {
      "unterminated string literal", "unterminated triple-quoted", "invalid character",
      "invalid non-printable", "invalid decimal literal", "invalid hexadecimal literal",
      "invalid octal literal", "invalid binary literal", "invalid digit", "leading zeros",
      "unmatched '", "closing parenthesis", "too many nested parentheses",
      "unexpected character after line continuation", "imaginary literals"};
  for (std::string_view p : kPrefixes)
    if (m.substr(0, p.size()) == p) return true;
  return false;
}

// Width of the first n code points of s, in the unit CPython uses.
size_t prefix_width(std::string_view s, int64_t n, bool bytes) {
  size_t i = 0;
  for (int64_t k = 0; k < n && i < s.size(); k++) {
    i++;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xc0) == 0x80) i++;
  }
  return bytes ? i : static_cast<size_t>(n);
}

}  // namespace

ParseResult parse(std::string_view source, SourceMode mode) {
  std::string storage;
  std::string_view src = normalize_newlines(source, storage);
  LexResult lex = tokenize(src);
  DiagnosticCollector diags;
  Parser parser(src, lex, diags);
  std::unique_ptr<ast::Module> module = parser.parse_module();
  ParseResult result;
  if (mode == SourceMode::Interactive) {
    bool incomplete = false;
    bool lex_open = lex.end == LexEnd::InBracket || lex.end == LexEnd::InTripleString ||
                    lex.end == LexEnd::AfterContinuation;
    if (lex_open) {
      // Incomplete only if nothing before the open construct is wrong.
      incomplete = diags.empty() || (diags.list().front().message == lex.error->message &&
                                     diags.list().front().line == lex.error->line);
    } else if (diags.list().size() == 1 && parser.block_expected_at_eof()) {
      incomplete = !ends_with_blank_line(src);
    } else if (diags.empty() && parser.last_statement_compound()) {
      incomplete = !ends_with_blank_line(src);
    }
    if (incomplete) {
      result.incomplete = true;
      return result;
    }
  }
  result.errors = diags.take();
  if (result.errors.empty()) result.module = std::move(module);
  return result;
}

std::string format_diagnostic(const Diagnostic& d, std::string_view source,
                              std::string_view filename) {
  std::string out = "  File \"";
  out += filename;
  out += "\", line ";
  out += std::to_string(d.line);
  out += '\n';
  // Find the line (any of \n, \r\n, \r ends a line).
  std::string_view line;
  bool found = false;
  {
    uint32_t n = 1;
    size_t i = 0;
    while (n < d.line && i < source.size()) {
      char c = source[i++];
      if (c == '\r' && i < source.size() && source[i] == '\n') i++;
      if (c == '\n' || c == '\r') n++;
    }
    if (n == d.line && d.line > 0 && (i < source.size() || (i == source.size() && i > 0))) {
      size_t e = i;
      while (e < source.size() && source[e] != '\n' && source[e] != '\r') e++;
      line = source.substr(i, e - i);
      found = i < source.size() || e > i;
    }
  }
  if (found) {
    size_t strip = 0;
    while (strip < line.size() && (line[strip] == ' ' || line[strip] == '\t' || line[strip] == '\f'))
      strip++;
    std::string_view text = line.substr(strip);
    out += "    ";
    out += text;
    out += '\n';
    int64_t col = static_cast<int64_t>(d.col) - static_cast<int64_t>(strip);
    if (col >= 0) {
      uint32_t len = count_code_points(text);
      if (col > len) col = len;
      bool bytes = !is_tokenizer_message(d.message);
      size_t spaces = prefix_width(text, col, bytes);
      int64_t end = static_cast<int64_t>(d.end_col) - static_cast<int64_t>(strip);
      if (end > static_cast<int64_t>(len) + 1) end = len + 1;
      int64_t carets = 1;
      if (end > col) {
        int64_t in_text = std::min<int64_t>(end, len);
        carets = static_cast<int64_t>(prefix_width(text, in_text, bytes) - spaces) + (end - in_text);
      }
      bool indentation = d.type == "IndentationError" || d.type == "TabError";
      if (carets < 1 || indentation) carets = 1;
      if (d.end_col >= d.col) {  // end_col < col: CPython draws no caret
        out += "    ";
        out.append(spaces, ' ');
        out.append(static_cast<size_t>(carets), '^');
        out += '\n';
      }
    }
  }
  out += d.type;
  out += ": ";
  out += d.message;
  out += '\n';
  return out;
}

}  // namespace capy
