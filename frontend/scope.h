// Symbol tables: which scope owns each name, decided before any code is emitted.
//
// Python decides a name's scope statically. A name assigned anywhere in a
// function body (or bound as a parameter, import, def, class, for/with target,
// except alias or `del`) is local to that function for its whole body; a name
// only read is free (found in an enclosing function) or global. Classes are the
// odd one: their names live in a namespace dict, and functions nested in a
// class do not see them.
//
// The analysis runs in two passes, like CPython's symtable.c:
//   1. `collect`: walk the AST once, build one Scope per module, function,
//      lambda, class body and comprehension, and record how each name is used
//      in it (flags), diagnosing misplaced `global`/`nonlocal` declarations.
//   2. `resolve`: top-down, give every name its final NameScope. A local that
//      some nested function reads becomes a Cell; a name a nested function
//      needs from further out is passed through as a Free variable of every
//      scope in between (so MAKEFUNC can always find the cell in its parent).
//
// Two implicit names follow CPython: a function nested in a class that reads
// `super` or `__class__` gets `__class__` as a free variable, and the class
// body then owns a `__class__` cell (needs_class_cell) that BUILDCLASS fills.
// A walrus inside a comprehension binds in the nearest enclosing non-
// comprehension scope.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/frontend.h"

namespace capy {

enum class ScopeKind : uint8_t { Module, Function, Class, Comprehension };

// Where a name lives once resolution is done.
enum class NameScope : uint8_t {
  Local,           // a register of a function, or the namespace of a class body
  Cell,            // a local captured by a nested function: its register holds a Cell
  Free,            // a cell from an enclosing function, in the free-variable registers
  FreeValue,       // a variable of an enclosing function that nothing rebinds once a
                   // nested function can see it: its free-variable register holds
                   // the value itself, copied when the function was made (no cell)
  GlobalExplicit,  // declared `global`
  GlobalImplicit,  // only read here and bound in no enclosing function
};

// Use flags gathered by the collect pass.
enum SymbolFlag : uint32_t {
  kDefLocal = 1u << 0,     // bound in this scope
  kDefParam = 1u << 1,     // a parameter
  kDefGlobal = 1u << 2,    // `global` declaration
  kDefNonlocal = 1u << 3,  // `nonlocal` declaration (or walrus in a comprehension)
  kUse = 1u << 4,          // read
};

struct Symbol {
  std::string name;
  uint32_t flags = 0;
  NameScope scope = NameScope::GlobalImplicit;
  ast::Location decl_loc;  // of a global/nonlocal declaration, for errors
  // Bindings other than as a parameter, and where the only one is: the index
  // of the function body's top-level statement that binds it unconditionally
  // (an assignment, def, class or import), or -1.
  uint32_t binds = 0;
  int bind_stmt = -1;
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;      // "<module>", "f", "<lambda>", "<listcomp>", "C"
  std::string qualname;  // CPython's __qualname__
  Scope* parent = nullptr;
  const void* node = nullptr;  // the FunctionDef/Lambda/ClassDef/comprehension Expr
  ast::Location loc;
  bool is_lambda = false;
  bool is_genexp = false;
  bool is_generator = false;     // contains yield / yield from (or is a genexp)
  bool needs_class_cell = false; // class body: a method uses super()/__class__
  std::vector<std::unique_ptr<Scope>> children;  // in source order
  std::vector<Symbol> symbols;                   // in order of first appearance
  std::unordered_map<std::string, size_t> index;
  std::vector<std::string> params;     // register order (see code_unit.h)
  std::vector<std::string> free_vars;  // this unit's free variables, in register order
  // Free variables that this scope or one nested in it rebinds (nonlocal).
  std::unordered_set<std::string> rebound_free;
  // The index of the parent's top-level statement that makes this scope (-1
  // when the parent has no statements, or the scope is the module).
  int created_at = -1;
  // Collect-pass cursor over a function body's top-level statements: the
  // current one, and the same index when it binds unconditionally (else -1).
  int top_stmt = -1;
  int simple_stmt = -1;

  Symbol* find(const std::string& n);
  const Symbol* find(const std::string& n) const;
  Symbol& add(const std::string& n);
  bool is_function_like() const { return kind == ScopeKind::Function || kind == ScopeKind::Comprehension; }
};

struct SymbolTable {
  std::unique_ptr<Scope> module;
  std::unordered_map<const void*, Scope*> by_node;

  Scope* scope_for(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// Builds and resolves the symbol table of a module. Errors are appended to
// `errors`; the table is still complete enough to compile the rest.
SymbolTable build_symbol_table(const ast::Module& module, std::vector<Diagnostic>& errors);

}  // namespace capy
