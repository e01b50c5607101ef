// CompileProgram: parse, resolve, generate, and (in debug builds) verify. Parse errors stop the
// compile before resolution, since the resolver and code generator assume well-formed trees.

#include "compiler/compiler.h"

#include <cassert>
#include <cstdio>

#include "compiler/codegen.h"
#include "compiler/diagnostics.h"
#include "compiler/module_builder.h"
#include "compiler/parser.h"
#include "compiler/resolver.h"
#include "compiler/source.h"
#include "vm/bytecode/verifier.h"

namespace islet {

std::unique_ptr<Module> CompileProgram(const std::vector<LibrarySource>& libraries,
                                       Diagnostics* diagnostics) {
  std::vector<std::unique_ptr<CompilationUnit>> units;
  std::vector<LibraryInput> inputs;
  for (const LibrarySource& library : libraries) {
    LibraryInput input;
    input.uri = library.uri;
    for (const SourceFile* file : library.files) {
      units.push_back(ParseCompilationUnit(file, diagnostics));
      input.units.emplace_back(file, units.back().get());
    }
    inputs.push_back(std::move(input));
  }
  if (diagnostics->has_errors()) return nullptr;
  ModuleBuilder builder;
  // About one function per 150 bytes of source: reserving spares the copies of growing.
  size_t source_bytes = 0;
  for (const LibrarySource& library : libraries) {
    for (const SourceFile* file : library.files) source_bytes += file->text().size();
  }
  builder.ReserveFunctions(source_bytes / 150);
  Resolver resolver(&builder, diagnostics);
  resolver.Resolve(inputs);
  // Code generation runs even after resolution errors (it tolerates unresolved names), so
  // errors it finds (arity, labels, ...) are reported in the same run.
  CodeGen codegen(&resolver, &builder, diagnostics);
  codegen.GenerateProgram();
  if (diagnostics->has_errors()) return nullptr;
  std::unique_ptr<Module> module = builder.Finish();
#ifndef NDEBUG
  std::string error;
  if (!VerifyModule(*module, &error)) {
    std::fprintf(stderr, "internal error: the compiled module does not verify: %s\n",
                 error.c_str());
    assert(false && "CompileProgram produced a module that fails verification");
  }
#endif
  return module;
}

}  // namespace islet
