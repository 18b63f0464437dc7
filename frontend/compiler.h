// The bytecode compiler: AST + symbol table -> CodeUnit (internal header).
//
// One UnitCompiler turns one scope (module, function, lambda, class body or
// comprehension) into one CodeUnit; nested scopes get their own UnitCompiler
// and end up as Code constants of their parent. The work is split by concern:
//   compiler.cpp         units, registers, constants, labels, names, functions,
//                        classes, comprehensions, the public entry points
//   compiler_expr.cpp    expressions and conditional jumps
//   compiler_stmt.cpp    simple statements, assignment targets, loops
//   compiler_try.cpp     try/except/finally, with, and leaving blocks early
//   constant_fold.cpp    folding of constant subexpressions
//
// Registers. A frame is laid out as: parameters, other named locals (cells
// included), free variables, then temporaries. Temporaries form a stack: an
// expression takes what it needs above `temp_top_` and gives it back when it
// is done, so the frame size is the deepest expression. Expressions are
// compiled "into" a destination when the caller has one (`x = a + b` is a
// single ADD into x's register); a plain local read without a destination
// returns the local's own register and costs no instruction.
//
// Definite assignment. `bound_` tracks which local registers are surely bound
// at the current point of the code being emitted; reading a local that is not
// in the set costs a CHECKBOUND (which then adds it). Branches meet by
// intersection; loop heads and exception handlers start from conservative
// states (see the statement compilers).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/frontend.h"
#include "frontend/scope.h"
#include "vm/code_unit.h"

namespace capy {

// A forward-jump target: jumps emitted before `bind` are patched by it.
struct Label {
  int64_t pos = -1;
  std::vector<uint32_t> fixups;
};

// Which local registers are surely bound. `dead` marks unreachable code,
// which is the neutral element of `meet`.
struct BoundSet {
  bool dead = false;
  std::vector<bool> bits;

  void meet(const BoundSet& o) {
    if (o.dead) return;
    if (dead) { *this = o; return; }
    for (size_t i = 0; i < bits.size() && i < o.bits.size(); i++) bits[i] = bits[i] && o.bits[i];
  }
};

// A construct that code leaving it early (break, continue, return) must
// clean up: its protected range is suspended while the cleanup code runs.
enum class BlockKind : uint8_t { Loop, TryBody, Handler, Finally, With };

struct Block {
  BlockKind kind = BlockKind::Loop;
  // Protected instruction ranges [start, end) of this block's handler row.
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  int64_t open = -1;
  // Loop: where continue goes (a LOOP back to head) and where break goes.
  uint32_t loop_head = 0;
  Label* break_label = nullptr;
  // Finally: the body to inline on each early exit.
  const ast::StmtList* finalbody = nullptr;
  // Handler: the register holding the exception handled before, and the
  // `except ... as name` to unbind.
  uint16_t saved_reg = 0;
  const std::string* exc_name = nullptr;
  // With: the register holding the bound __exit__.
  uint16_t exit_reg = 0;
};

// How a name is reached from the code of the current unit.
struct NameAccess {
  enum class Kind : uint8_t { Local, Cell, Global, ClassName } kind;
  uint16_t reg = 0;  // Local: its register; Cell: the register holding the cell
};

class Compiler;

class UnitCompiler {
 public:
  UnitCompiler(Compiler& c, Scope& scope, CodeKind kind, UnitCompiler* parent);

  std::shared_ptr<CodeUnit> compile_module(const ast::Module& m, bool interactive);
  std::shared_ptr<CodeUnit> compile_function(const ast::FunctionDef& f);
  std::shared_ptr<CodeUnit> compile_lambda(const ast::Lambda& l);
  std::shared_ptr<CodeUnit> compile_class(const ast::ClassDef& c);
  std::shared_ptr<CodeUnit> compile_comprehension(const ast::Expr& e);

  // ---- emission (compiler.cpp) ----
  uint32_t pc() const { return uint32_t(unit_->code.size()); }
  uint32_t emit(Op op, uint16_t a = 0, uint16_t b = 0, uint16_t c = 0);
  void emit_jump(Op op, uint16_t a, Label& target);
  void emit_loop(uint32_t head);
  void bind_label(Label& l);
  void set_loc(const ast::Location& loc) { line_ = loc.line; col_ = loc.col; }
  uint16_t constant(Constant k);
  uint16_t name_const(const std::string& n) { return constant(Constant::string(n)); }
  void error(const ast::Location& loc, std::string msg);

  // ---- registers ----
  uint16_t alloc_temp();
  uint16_t alloc_temps(uint16_t n);
  void free_to(uint16_t mark) { temp_top_ = mark; }
  uint16_t temp_top() const { return temp_top_; }
  bool is_named_reg(uint16_t r) const { return r < first_temp_; }

  // ---- names ----
  NameAccess access(const std::string& name) const;
  uint16_t load_name(const std::string& name, int dest, const ast::Location& loc);
  void store_name(const std::string& name, uint16_t src);
  void delete_name(const std::string& name);
  void mark_bound(uint16_t reg);
  bool is_tracked_local(uint16_t reg) const { return reg < tracked_count_; }

  // ---- expressions (compiler_expr.cpp) ----
  // Compiles `e`; the value ends up in `dest` when dest >= 0, else in any
  // register (a local's own, or a new temporary) which is returned.
  uint16_t expr(const ast::Expr& e, int dest = -1);
  // Compiles `e` into a fresh temporary at the top of the temp stack.
  uint16_t expr_temp(const ast::Expr& e);
  void jump_if(const ast::Expr& e, bool when, Label& target);
  uint16_t call(const ast::Call& c, int dest);
  uint16_t comprehension_call(const ast::Expr& e, int dest);
  uint16_t make_function_value(const ast::Arguments& args, const void* node, int dest);
  std::optional<Constant> fold(const ast::Expr& e);
  // An expression that folds to an int16 constant: the immediate-operand
  // forms (ADDRI, LTI, ADDI, ...) take it in the instruction.
  std::optional<int16_t> small_int_operand(const ast::Expr& e);

  // ---- statements (compiler_stmt.cpp) ----
  void body(const ast::StmtList& stmts);
  void stmt(const ast::Stmt& s);
  void assign_to(const ast::Expr& target, uint16_t src);
  void delete_target(const ast::Expr& target);
  void function_def(const ast::FunctionDef& f);
  void class_def(const ast::ClassDef& c);

  // ---- blocks (compiler_try.cpp) ----
  void try_stmt(const ast::Try& t);
  void with_stmt(const ast::With& w, size_t item);
  void open_range(Block& b);
  void close_range(Block& b, uint16_t exc_reg, uint32_t handler);
  // Runs the cleanups of blocks_[depth..] (innermost first) before a jump
  // out of them; their ranges are suspended for the cleanup code.
  void unwind_to(size_t depth);
  void resume_ranges(size_t depth);
  void return_stmt(const ast::Return& r);
  void break_continue(const ast::Stmt& s, bool is_break);

  // Bound-set helpers.
  BoundSet conservative_entry(const ast::StmtList& region) const;
  void collect_deleted(const ast::StmtList& stmts, std::unordered_set<std::string>& out) const;
  void mark_dead() { bound_.dead = true; }

  Compiler& c_;
  Scope& scope_;
  UnitCompiler* parent_;
  std::shared_ptr<CodeUnit> unit_;
  uint32_t line_ = 1, col_ = 0;
  std::unordered_map<std::string, uint16_t> regs_;  // named locals, cells and frees
  uint16_t first_temp_ = 0, temp_top_ = 0, tracked_count_ = 0;
  bool too_many_regs_ = false;
  bool interactive_ = false;
  BoundSet bound_;
  std::vector<Block*> blocks_;
  int loop_depth_ = 0;

 private:
  void setup_registers();
  void emit_prologue();
  void setup_annotations(const ast::StmtList& stmts);
  void finish();
};

class Compiler {
 public:
  Compiler(const SymbolTable& table, std::string filename, std::vector<Diagnostic>& errors)
      : table_(table), filename_(std::move(filename)), errors_(errors) {}
  const SymbolTable& table_;
  std::string filename_;
  std::vector<Diagnostic>& errors_;
};

// The AST node names, minus ast::Constant (which would clash with the
// bytecode Constant): the compiler files spell that one out.
using ast::Location;
using ast::ExprKind;
using ast::StmtKind;
using ast::BinOpKind;
using ast::UnaryOpKind;
using ast::BoolOpKind;
using ast::CmpOpKind;
using ast::ExprContext;
using ast::Expr;
using ast::Stmt;
using ast::ExprPtr;
using ast::StmtPtr;
using ast::ExprList;
using ast::StmtList;
using ast::Name;
using ast::JoinedStr;
using ast::FormattedValue;
using ast::Tuple;
using ast::List;
using ast::Set;
using ast::Dict;
using ast::BinOp;
using ast::UnaryOp;
using ast::BoolOp;
using ast::Compare;
using ast::Keyword;
using ast::Call;
using ast::Attribute;
using ast::Subscript;
using ast::Slice;
using ast::Starred;
using ast::IfExp;
using ast::NamedExpr;
using ast::Await;
using ast::Arg;
using ast::Arguments;
using ast::Lambda;
using ast::Comprehension;
using ast::ListComp;
using ast::SetComp;
using ast::DictComp;
using ast::GeneratorExp;
using ast::Yield;
using ast::YieldFrom;
using ast::ExprStmt;
using ast::Assign;
using ast::AugAssign;
using ast::AnnAssign;
using ast::If;
using ast::While;
using ast::For;
using ast::Break;
using ast::Continue;
using ast::Pass;
using ast::Return;
using ast::FunctionDef;
using ast::ClassDef;
using ast::ExceptHandler;
using ast::Try;
using ast::Raise;
using ast::WithItem;
using ast::With;
using ast::Assert;
using ast::Delete;
using ast::Global;
using ast::Nonlocal;
using ast::Alias;
using ast::Import;
using ast::ImportFrom;
using ast::Module;

// Helpers shared by the compiler files.
bool expr_has_walrus(const ast::Expr& e);
Op binop_opcode(ast::BinOpKind k, bool inplace);
Op compare_opcode(ast::CmpOpKind k);

}  // namespace capy
