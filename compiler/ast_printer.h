// Renders a parsed CompilationUnit as an indented s-expression, for golden parser tests and
// for debugging (`vm` may expose it as a dump flag). Declarations and statements start lines
// (tagged with @line:col when positions are requested); expressions print inline. Reads the
// AST only; the format is stable so golden files stay meaningful.

#ifndef ISLET_COMPILER_AST_PRINTER_H_
#define ISLET_COMPILER_AST_PRINTER_H_

#include <string>

#include "compiler/ast.h"

namespace islet {

// The whole unit: directives, then declarations. [with_positions] adds "@line:col" (from
// unit.source) to every declaration, member and statement.
std::string PrintAst(const CompilationUnit& unit, bool with_positions = true);

// One expression or type on one line (blocks inside function expressions still break lines).
std::string PrintExpr(const Expr* expr);
std::string PrintType(const TypeNode* type);

}  // namespace islet

#endif  // ISLET_COMPILER_AST_PRINTER_H_
