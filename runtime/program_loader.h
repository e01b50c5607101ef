// The program loader: finds, reads and compiles a program. Starting from a script it follows
// import, export and part directives to the files they name (file: URIs, and package: URIs
// through a PackageConfig), picks the embedded dart: libraries the program reaches, and
// compiles everything into one Module. Does not load the Module into a Program (vm/loader.cc)
// or run it (runtime.cc); vm_api.cc and Isolate.spawnUri call it.

#ifndef ISLET_RUNTIME_PROGRAM_LOADER_H_
#define ISLET_RUNTIME_PROGRAM_LOADER_H_

#include <memory>
#include <string>
#include <vector>

#include "compiler/source.h"
#include "runtime/package_config.h"
#include "vm/bytecode/module.h"

namespace islet {

// A compiled program and the source files its Module's positions refer to.
struct CompiledProgram {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::unique_ptr<Module> module;
};

struct CompileOptions {
  // Resolves package: URIs; null makes every package: URI an error.
  std::shared_ptr<const PackageConfig> packages;
  // dart: libraries compiled even when the program does not import them (a spawnUri child
  // always gets dart:isolate, so a SendPort it is sent works).
  std::vector<std::string> extra_libraries;
};

// Compiles the script [uri] (read from [path], with [text]) and everything it reaches. On
// errors returns nullptr with every diagnostic, formatted as the `vm` command prints them, in
// [errors].
std::unique_ptr<CompiledProgram> CompileScript(const std::string& uri, const std::string& path,
                                               std::string text, const CompileOptions& options,
                                               std::string* errors);

// Reads the file at [path]; false with the OS error's text in [error].
bool ReadFileText(const std::string& path, std::string* text, std::string* error);

}  // namespace islet

#endif  // ISLET_RUNTIME_PROGRAM_LOADER_H_
