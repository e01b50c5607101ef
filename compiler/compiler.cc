// CompileProgram: parse, resolve, generate, and (in debug builds) verify. Parse errors stop the
// compile before resolution, since the resolver and code generator assume well-formed trees.
// With a stdlib snapshot the dart: libraries' declarations are parsed from its tokens and their
// code is the snapshot's Module, which the builder continues.

#include "compiler/compiler.h"

#include <algorithm>
#include <cassert>
#include <cstdio>

#include "compiler/codegen.h"
#include "compiler/diagnostics.h"
#include "compiler/module_builder.h"
#include "compiler/parser.h"
#include "compiler/resolver.h"
#include "compiler/source.h"
#include "compiler/stdlib_snapshot.h"
#include "vm/bytecode/verifier.h"

namespace islet {

namespace {

// Every declaration the resolver gave a precompiled index must be the one that index was
// compiled for: else the program's code would call into the wrong functions. Returns "" or the
// first mismatch.
std::string CheckPrecompiled(const Resolver& resolver, const ModuleBuilder& builder,
                             const Module& module) {
  for (const FunctionElement* f : resolver.functions()) {
    if (!builder.IsSeededFunction(f->index)) continue;
    const FunctionDesc& d = module.functions[f->index];
    int owner = f->owner != nullptr ? f->owner->index : -1;
    if (d.kind != f->kind || d.library != f->library->index || d.owner_class != owner) {
      return "function " + std::to_string(f->index) + " ('" + f->name + "') was compiled as '" +
             d.name + "'";
    }
  }
  for (const ClassElement* c : resolver.classes()) {
    if (!builder.IsSeededClass(c->index)) continue;
    const ClassDesc& d = module.classes[c->index];
    if (d.name != c->name || d.library != c->library->index) {
      return "class " + std::to_string(c->index) + " ('" + c->name + "') was compiled as '" +
             d.name + "'";
    }
  }
  for (const GlobalElement* g : resolver.globals()) {
    if (!builder.IsSeededGlobal(g->index)) continue;
    const GlobalDesc& d = module.globals[g->index];
    if (d.name != g->name || d.library != g->library->index) {
      return "global " + std::to_string(g->index) + " ('" + g->name + "') was compiled as '" +
             d.name + "'";
    }
  }
  return "";
}

void InternalError(Diagnostics* diagnostics, const std::string& message) {
  diagnostics->Error(nullptr, 0,
                     "internal error: the precompiled dart: libraries do not match this "
                     "compiler (" +
                         message + "); rebuild Islet");
}

}  // namespace

std::unique_ptr<Module> CompileUnits(const std::vector<LibraryInput>& inputs,
                                     ModuleBuilder* builder, Diagnostics* diagnostics) {
  Resolver resolver(builder, diagnostics);
  resolver.Resolve(inputs);
  // Code generation runs even after resolution errors (it tolerates unresolved names), so
  // errors it finds (arity, labels, ...) are reported in the same run.
  CodeGen codegen(&resolver, builder, diagnostics);
  codegen.GenerateProgram();
  if (!builder->scope_error().empty()) {
    InternalError(diagnostics, builder->scope_error());
  } else if (builder->seeded()) {
    std::string mismatch = CheckPrecompiled(resolver, *builder, *builder->module());
    if (!mismatch.empty()) InternalError(diagnostics, mismatch);
  }
  if (diagnostics->has_errors()) return nullptr;
  std::unique_ptr<Module> module = builder->Finish();
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

std::unique_ptr<Module> CompileProgram(const std::vector<LibrarySource>& libraries,
                                       Diagnostics* diagnostics) {
  return CompileProgram(libraries, diagnostics, nullptr);
}

std::unique_ptr<Module> CompileProgram(const std::vector<LibrarySource>& libraries,
                                       Diagnostics* diagnostics, const StdlibSnapshot* stdlib) {
  std::vector<std::unique_ptr<CompilationUnit>> units;
  std::vector<LibraryInput> inputs;
  size_t source_bytes = 0;  // Of the libraries compiled from source.
  int layers = 0;           // Of the snapshot, up to the last one a library is in.
  for (const LibrarySource& library : libraries) {
    LibraryInput input;
    input.uri = library.uri;
    const SnapshotLibrary* precompiled =
        stdlib != nullptr ? stdlib->FindLibrary(library.uri) : nullptr;
    if (precompiled != nullptr) layers = std::max(layers, precompiled->layer + 1);
    if (stdlib != nullptr && precompiled == nullptr && library.uri.rfind("dart:", 0) == 0) {
      InternalError(diagnostics, "no precompiled library '" + library.uri + "'");
      return nullptr;
    }
    for (const SourceFile* file : library.files) {
      if (precompiled) {
        if (!stdlib->HasFile(file->uri())) {
          InternalError(diagnostics, "no precompiled file '" + file->uri() + "'");
          return nullptr;
        }
        units.push_back(stdlib->ParseFile(file, diagnostics));
        if (units.back() == nullptr) {
          InternalError(diagnostics, "the tokens of '" + file->uri() + "' do not fit its text");
          return nullptr;
        }
      } else {
        units.push_back(ParseCompilationUnit(file, diagnostics));
        source_bytes += file->text().size();
      }
      input.units.emplace_back(file, units.back().get());
    }
    inputs.push_back(std::move(input));
  }
  if (diagnostics->has_errors()) return nullptr;
  // About one function per 150 bytes of source: reserving spares the copies of growing.
  size_t functions = source_bytes / 150;
  std::unique_ptr<ModuleBuilder> builder;
  if (stdlib != nullptr) {
    std::string error;
    builder = stdlib->NewBuilder(layers, functions, &error);
    if (builder == nullptr) {
      InternalError(diagnostics, error);
      return nullptr;
    }
  } else {
    builder = std::make_unique<ModuleBuilder>();
  }
  builder->ReserveFunctions(functions);
  return CompileUnits(inputs, builder.get(), diagnostics);
}

}  // namespace islet
