// The public C API (islet.h) for running one script: reads the file, compiles it together with
// the embedded dart: libraries into a Module, loads it into a Program, and runs main in an
// Interpreter, reporting diagnostics and uncaught exceptions through the host's callbacks.
// Does not own compilation (compiler/), execution (vm/) or the natives (stdlib/).

#include <cerrno>
#include <cstring>
#include <fstream>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/diagnostics.h"
#include "compiler/source.h"
#include "islet.h"
#include "stdlib/embedded.h"
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

// Compiles [uri]/[text] with the embedded dart: libraries; nullptr after reporting errors.
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
  std::vector<LibrarySource> libraries;
  // dart:core first: every other library depends on it.
  auto core = dart_libraries.find("dart:core");
  if (core != dart_libraries.end()) libraries.push_back(core->second);
  for (auto& [name, lib] : dart_libraries) {
    if (name != "dart:core") libraries.push_back(lib);
  }
  out->files.push_back(std::make_unique<SourceFile>(uri, path, std::move(text)));
  LibrarySource script;
  script.uri = uri;
  script.files.push_back(out->files.back().get());
  libraries.push_back(script);
  Diagnostics diagnostics;
  out->module = CompileProgram(libraries, &diagnostics);
  if (diagnostics.has_errors() || out->module == nullptr) {
    Report(config, diagnostics.Format());
    return nullptr;
  }
  return out;
}

bool ReadFile(const Islet_Config& config, const char* path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int err = errno;
    Report(config, std::string("Error: Error when reading '") + path + "': " +
                       std::strerror(err) + "\n");
    return false;
  }
  std::ostringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
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

Islet_Status Run(Islet_Vm* vm, const std::string& uri, const std::string& path,
                 std::string text, int argc, const char* const* argv) {
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
  Interpreter interpreter(program.get(), options, PrintLine, &vm->config);
  std::vector<std::string> args;
  for (int i = 0; i < argc; i++) args.emplace_back(argv[i]);
  Value result = interpreter.RunMain(args);
  if (result.IsException()) {
    Report(vm->config, interpreter.DescribePendingException());
    return ISLET_UNCAUGHT_EXCEPTION;
  }
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

const char* Islet_Version(void) { return islet::kVersion; }

}  // extern "C"
