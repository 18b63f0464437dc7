// The frontend's public face: source text in, CodeUnit or diagnostics out.
//
// Diagnostics are values: the lexer, parser and compiler collect them with
// their locations and keep going (recovering at the next statement), drop
// duplicates and cap the count, so one run reports every independent error
// without cascades. Nothing here throws.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"
#include "vm/code_unit.h"

namespace capy {

struct Diagnostic {
  std::string type;     // "SyntaxError", "IndentationError" or "TabError"
  std::string message;  // CPython's wording, e.g. "'(' was never closed"
  uint32_t line = 0;    // 1-based
  uint32_t col = 0;     // 0-based, in code points, where the caret goes
  uint32_t end_col = 0; // exclusive; equal to col + 1 for a single caret
};

// Interactive: one REPL entry; an expression statement's value is echoed
// (PRINTEXPR) and input that stops inside an open bracket, an unfinished
// compound statement or a triple-quoted string is reported as incomplete
// instead of as an error.
enum class SourceMode : uint8_t { File, Interactive };

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null when errors is non-empty
  std::vector<Diagnostic> errors;
  bool incomplete = false;  // Interactive mode: more lines would make it valid
};

ParseResult parse(std::string_view source, SourceMode mode = SourceMode::File);

struct CompileResult {
  std::shared_ptr<CodeUnit> unit;  // null when errors is non-empty
  std::vector<Diagnostic> errors;
  bool incomplete = false;
};

// Parse and compile a whole module. `filename` is recorded in the code for
// tracebacks.
CompileResult compile_source(std::string_view source, std::string_view filename,
                             SourceMode mode = SourceMode::File);

// Compile an already parsed module.
CompileResult compile_module(const ast::Module& module, std::string_view filename,
                             SourceMode mode = SourceMode::File);

// CPython's rendering of a syntax error:
//   File "x.py", line 3
//     x = (1 +
//         ^
//   SyntaxError: '(' was never closed
std::string format_diagnostic(const Diagnostic& d, std::string_view source, std::string_view filename);

}  // namespace capy
