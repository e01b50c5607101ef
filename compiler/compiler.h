// The compiler's entry point: parses every library, resolves names across them and generates
// one Module holding all of their code (the dart: libraries and the script). Owns the order of
// the phases only: parsing (parser.cc), resolution (resolver*.cc), code generation
// (codegen*.cc); in debug builds the result is checked by the bytecode verifier. The dart:
// libraries may come precompiled (stdlib_snapshot.h), when only the script's code is compiled.

#ifndef ISLET_COMPILER_COMPILER_H_
#define ISLET_COMPILER_COMPILER_H_

#include <memory>
#include <string>
#include <vector>

#include "vm/bytecode/module.h"

namespace islet {

class Diagnostics;
class SourceFile;

struct LibrarySource {
  std::string uri;                       // "dart:core" or "file:///abs/main.dart"
  std::vector<const SourceFile*> files;  // dart:core has several files; a user library one.
};

// The absolute URI that [uri] (as written in an import, export or part directive) names when
// it appears in the file or library at [base]: URIs with a scheme are returned as they are,
// relative ones are resolved against [base]'s folder with "." and ".." segments removed.
std::string ResolveUri(const std::string& base, const std::string& uri);

// Compiles every library into one Module. Libraries are given dependencies first: the dart:
// libraries, then the script's library LAST; Module::main_function is that last library's
// `main` (-1 when it has none). Returns nullptr when [diagnostics] has errors (all of them
// reported). The SourceFiles must outlive the call only.
std::unique_ptr<Module> CompileProgram(const std::vector<LibrarySource>& libraries,
                                       Diagnostics* diagnostics);

class StdlibSnapshot;
// As above, continuing the precompiled dart: libraries of [stdlib] (stdlib_snapshot.h): the
// declarations of each library the snapshot has are read from it (its files' SourceFiles given
// as usual) and its code is the precompiled code, of the snapshot's layers up to the last one
// such a library is in (a dart: library it lacks is an internal error). Only the other
// libraries are compiled. [stdlib] may be shared by concurrent compiles.
std::unique_ptr<Module> CompileProgram(const std::vector<LibrarySource>& libraries,
                                       Diagnostics* diagnostics, const StdlibSnapshot* stdlib);

struct LibraryInput;
class ModuleBuilder;
// The phases after parsing, shared by the compiles above and the snapshot writer: resolves
// [inputs] and generates their code into [builder] (plain, recording or seeded). Returns the
// Module, or nullptr when [diagnostics] has errors.
std::unique_ptr<Module> CompileUnits(const std::vector<LibraryInput>& inputs,
                                     ModuleBuilder* builder, Diagnostics* diagnostics);

}  // namespace islet

#endif  // ISLET_COMPILER_COMPILER_H_
