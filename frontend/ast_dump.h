// A compact S-expression rendering of the AST, for golden-text tests of the
// parser (and of anything else that wants to see a tree): one statement per
// line, e.g. `(assign (x) (+ 1 (* 2 3)))`.
#pragma once

#include <string>

#include "frontend/ast.h"

namespace capy {

std::string dump(const ast::Module& module);
std::string dump(const ast::Expr& expr);
std::string dump(const ast::Stmt& stmt);

}  // namespace capy
