// The parser: tokens of one SourceFile -> one CompilationUnit (ast.h). Reports syntax errors to
// Diagnostics and recovers at statement and member boundaries so one run reports several.
// Does not resolve names (resolver.cc) or generate code (codegen.cc).

#ifndef ISLET_COMPILER_PARSER_H_
#define ISLET_COMPILER_PARSER_H_

#include <memory>

#include "compiler/ast.h"

namespace islet {

class Diagnostics;
class SourceFile;

// Parses [source] (which must outlive the result). Never returns nullptr: on errors the unit
// holds what could be parsed and [diagnostics] has at least one error.
std::unique_ptr<CompilationUnit> ParseCompilationUnit(const SourceFile* source,
                                                      Diagnostics* diagnostics);

}  // namespace islet

#endif  // ISLET_COMPILER_PARSER_H_
