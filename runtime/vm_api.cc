// The public C API (islet.h) for running one script: reads the file, compiles it together with
// the embedded dart: libraries into a Module, loads it into a Program, and runs main in an
// Interpreter, reporting diagnostics and uncaught exceptions through the host's callbacks.
// Does not own compilation (compiler/), execution (vm/) or the natives (stdlib/).

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/diagnostics.h"
#include "compiler/parser.h"
#include "compiler/source.h"
#include "islet.h"
#include "runtime/isolate.h"
#include "runtime/runtime.h"
#include "stdlib/embedded.h"
#include "stdlib/io/io_natives.h"
#include "stdlib/natives.h"
#include "vm/bytecode/disassembler.h"
#include "vm/interpreter.h"
#include "vm/program.h"

struct Islet_Vm {
  Islet_Config config;
};

namespace islet {
namespace {

constexpr const char* kVersion = "0.1.0";

void Report(const Islet_Config& c, const std::string& text) {
  if (c.error != nullptr) c.error(c.user_data, text.data(), text.size());
}

// The compiled program of one script and everything its Module points into.
struct Compiled {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::unique_ptr<Module> module;
};

bool ReadFileText(const std::string& path, std::string* text, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return false;
  }
  std::ostringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
}

// Finds the user libraries the script needs: it reads the directives of every file it loads
// (import, export, part) and loads the file: URIs they name, with a work list (no recursion,
// import cycles allowed). Returns the libraries with the script's first; their part files are
// in each LibrarySource. A file that cannot be read is a compile error at its directive.
// dart: URIs are embedded; other schemes (package:) are left to the resolver to report.
std::vector<LibrarySource> LoadUserLibraries(Compiled* out, const SourceFile* script,
                                             Diagnostics* diagnostics,
                                             std::set<std::string>* dart_imports) {
  std::vector<LibrarySource> libraries;
  std::map<std::string, size_t> library_index;  // Library uri -> index in libraries.
  std::set<std::string> loaded_files;
  struct Scan {
    const SourceFile* file;
    size_t library;
  };
  std::vector<Scan> work;
  libraries.push_back(LibrarySource{script->uri(), {script}});
  library_index[script->uri()] = 0;
  loaded_files.insert(script->uri());
  work.push_back({script, 0});
  while (!work.empty()) {
    Scan scan = work.back();
    work.pop_back();
    // The real parse, with its diagnostics, happens in CompileProgram; here only the
    // directives are read.
    Diagnostics ignored;
    std::unique_ptr<CompilationUnit> unit = ParseCompilationUnit(scan.file, &ignored);
    for (const Directive& d : unit->directives) {
      if (d.uri.rfind("dart:", 0) == 0) dart_imports->insert(ResolveUri(scan.file->uri(), d.uri));
      bool is_part = d.kind == Directive::kPart;
      if (d.kind != Directive::kImport && d.kind != Directive::kExport && !is_part) continue;
      std::string target = ResolveUri(scan.file->uri(), d.uri);
      if (target.rfind("file://", 0) != 0) continue;
      if (is_part ? loaded_files.count(target) > 0 : library_index.count(target) > 0) continue;
      std::string file_path = target.substr(7);
      std::string text, error;
      if (!ReadFileText(file_path, &text, &error)) {
        diagnostics->Error(scan.file, d.pos, "Error when reading '" + d.uri + "': " + error);
        continue;
      }
      out->files.push_back(std::make_unique<SourceFile>(target, file_path, std::move(text)));
      const SourceFile* file = out->files.back().get();
      loaded_files.insert(target);
      size_t library = scan.library;
      if (is_part) {
        libraries[library].files.push_back(file);
      } else {
        library = libraries.size();
        library_index[target] = library;
        libraries.push_back(LibrarySource{target, {file}});
      }
      work.push_back({file, library});
    }
  }
  return libraries;
}

// Compiles [uri]/[text] with the embedded dart: libraries and the files it imports; nullptr
// after reporting errors.
std::unique_ptr<Compiled> Compile(const Islet_Config& config, const std::string& uri,
                                  const std::string& path, std::string text) {
  auto out = std::make_unique<Compiled>();
  std::map<std::string, LibrarySource> dart_libraries;
  for (int i = 0; i < kEmbeddedStdlibCount; i++) {
    std::string file_uri = kEmbeddedStdlib[i].uri;  // "dart:core/list.dart"
    std::string library = file_uri.substr(0, file_uri.find('/'));
    out->files.push_back(std::make_unique<SourceFile>(file_uri, file_uri, kEmbeddedStdlib[i].text));
    LibrarySource& lib = dart_libraries[library];
    lib.uri = library;
    lib.files.push_back(out->files.back().get());
  }
  out->files.push_back(std::make_unique<SourceFile>(uri, path, std::move(text)));
  const SourceFile* script = out->files.back().get();
  Diagnostics diagnostics;
  std::set<std::string> needed;
  std::vector<LibrarySource> user = LoadUserLibraries(out.get(), script, &diagnostics, &needed);
  // Only the dart: libraries the program reaches are compiled (startup time grows with what is
  // compiled): dart:core, what the program imports, what those import in turn, and dart:async
  // when the program may use async code or Future and Stream without importing it.
  needed.insert("dart:core");
  for (const LibrarySource& lib : user) {
    for (const SourceFile* f : lib.files) {
      const std::string& t = f->text();
      for (const char* word : {"async", "await", "Future", "Stream", "yield"}) {
        if (t.find(word) != std::string::npos) needed.insert("dart:async");
      }
    }
  }
  std::vector<std::string> work(needed.begin(), needed.end());
  while (!work.empty()) {
    std::string name = work.back();
    work.pop_back();
    auto it = dart_libraries.find(name);
    if (it == dart_libraries.end()) continue;
    for (const SourceFile* f : it->second.files) {
      const std::string& t = f->text();
      for (size_t at = t.find("import 'dart:"); at != std::string::npos;
           at = t.find("import 'dart:", at + 1)) {
        size_t start = at + 8;
        size_t end = t.find('\'', start);
        if (end == std::string::npos) break;
        std::string imported = t.substr(start, end - start);
        if (needed.insert(imported).second) work.push_back(imported);
      }
    }
  }
  std::vector<LibrarySource> libraries;
  // dart:core first: every other library depends on it.
  auto core = dart_libraries.find("dart:core");
  if (core != dart_libraries.end()) libraries.push_back(core->second);
  for (auto& [name, lib] : dart_libraries) {
    if (name != "dart:core" && needed.count(name) != 0) libraries.push_back(lib);
  }
  // The script's library last: CompileProgram takes main from the last library.
  libraries.insert(libraries.end(), user.rbegin(), user.rend());
  out->module = CompileProgram(libraries, &diagnostics);
  if (diagnostics.has_errors() || out->module == nullptr) {
    Report(config, diagnostics.Format());
    return nullptr;
  }
  return out;
}

bool ReadFile(const Islet_Config& config, const char* path, std::string* text) {
  std::string error;
  if (ReadFileText(path, text, &error)) return true;
  Report(config, std::string("Error: Error when reading '") + path + "': " + error + "\n");
  return false;
}

std::string FileUri(const char* path) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(path, ec);
  return "file://" + (ec ? std::string(path) : abs.lexically_normal().string());
}

void PrintLine(void* data, const char* text, size_t length) {
  auto* config = static_cast<Islet_Config*>(data);
  if (config->print != nullptr) config->print(config->user_data, text, length);
}

Islet_Status Run(Islet_Vm* vm, const std::string& uri, const std::string& path, std::string text,
                 int argc, const char* const* argv) {
  std::unique_ptr<Compiled> compiled = Compile(vm->config, uri, path, std::move(text));
  if (compiled == nullptr) return ISLET_COMPILE_ERROR;
  std::string error;
  std::unique_ptr<Program> program = LoadProgram(std::move(compiled->module), LookupNative, &error);
  if (program == nullptr) {
    Report(vm->config, "Error: " + error + "\n");
    return ISLET_LOAD_ERROR;
  }
  InterpreterOptions options;
  options.enable_asserts = vm->config.enable_asserts != 0;
  options.heap.gc_stress = vm->config.gc_stress != 0;
  options.heap.verify = vm->config.verify_heap != 0;
  options.heap.max_heap_bytes = vm->config.max_heap_mb << 20;
  options.borrows_stack = true;               // Isolates run on their worker thread's stack.
  options.heap.first_page_bytes = 16 * 1024;  // Many isolates stay small.
  RuntimeOptions runtime_options;
  runtime_options.deterministic = vm->config.deterministic != 0;
  runtime_options.threads = vm->config.threads;
  Islet_Config* config = &vm->config;
  runtime_options.print = [config](const std::string& line) {
    PrintLine(config, line.data(), line.size());
  };
  runtime_options.error = [config](const std::string& report) { Report(*config, report); };
  Runtime runtime(runtime_options);
  auto group = std::make_shared<IsolateGroup>(
      &runtime, std::shared_ptr<Program>(std::move(program)), options);
  auto main = std::make_unique<Isolate>(group, "main", /*is_main=*/true);
  std::vector<std::string> args;
  for (int i = 0; i < argc; i++) args.emplace_back(argv[i]);
  main->SetStartMain(std::move(args));
  if (runtime.RunMain(std::move(main))) return ISLET_UNCAUGHT_EXCEPTION;
  return ISLET_OK;
}

}  // namespace
}  // namespace islet

extern "C" {

void Islet_DefaultConfig(Islet_Config* config) {
  if (config == nullptr) return;
  std::memset(config, 0, sizeof *config);
}

Islet_Vm* Islet_NewVm(const Islet_Config* config) {
  auto* vm = new (std::nothrow) Islet_Vm();
  if (vm == nullptr) return nullptr;
  if (config != nullptr) {
    vm->config = *config;
  } else {
    Islet_DefaultConfig(&vm->config);
  }
  return vm;
}

void Islet_DeleteVm(Islet_Vm* vm) { delete vm; }

Islet_Status Islet_RunFile(Islet_Vm* vm, const char* path, int argc, const char* const* argv) {
  if (vm == nullptr || path == nullptr) return ISLET_INVALID_ARGUMENT;
  std::string text;
  if (!islet::ReadFile(vm->config, path, &text)) return ISLET_LOAD_ERROR;
  return islet::Run(vm, islet::FileUri(path), path, std::move(text), argc, argv);
}

Islet_Status Islet_RunSource(Islet_Vm* vm, const char* uri, const char* source, int argc,
                             const char* const* argv) {
  if (vm == nullptr || uri == nullptr || source == nullptr) return ISLET_INVALID_ARGUMENT;
  return islet::Run(vm, uri, uri, source, argc, argv);
}

Islet_Status Islet_DisassembleFile(Islet_Vm* vm, const char* path) {
  if (vm == nullptr || path == nullptr) return ISLET_INVALID_ARGUMENT;
  std::string text;
  if (!islet::ReadFile(vm->config, path, &text)) return ISLET_LOAD_ERROR;
  auto compiled = islet::Compile(vm->config, islet::FileUri(path), path, std::move(text));
  if (compiled == nullptr) return ISLET_COMPILE_ERROR;
  std::string listing = islet::DisassembleModule(*compiled->module, false);
  size_t start = 0;
  while (start < listing.size()) {
    size_t end = listing.find('\n', start);
    if (end == std::string::npos) end = listing.size();
    islet::PrintLine(&vm->config, listing.data() + start, end - start);
    start = end + 1;
  }
  return ISLET_OK;
}

int Islet_ExitCode(Islet_Status status) {
  switch (status) {
    case ISLET_OK:
      return 0;
    case ISLET_COMPILE_ERROR:
    case ISLET_LOAD_ERROR:
      return 254;
    default:
      return 255;
  }
}

int Islet_ScriptExitCode(void) { return islet::stdlib_natives::ProcessExitCode(); }

const char* Islet_Version(void) { return islet::kVersion; }

}  // extern "C"
