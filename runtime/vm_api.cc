// The public C API (islet.h) for running one script: reads the file, compiles it together with
// the embedded dart: libraries into a Module, loads it into a Program, and runs main in an
// Interpreter, reporting diagnostics and uncaught exceptions through the host's callbacks.
// Does not own compilation (compiler/), execution (vm/) or the natives (stdlib/).

#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "islet.h"
#include "runtime/compile_heap.h"
#include "runtime/isolate.h"
#include "runtime/package_config.h"
#include "runtime/program_loader.h"
#include "runtime/runtime.h"
#include "stdlib/io/io_natives.h"
#include "stdlib/natives.h"
#include "vm/bytecode/disassembler.h"
#include "vm/interpreter.h"
#include "vm/program.h"

struct Islet_Vm {
  Islet_Config config;
  // Copies of what config's pointers point to (the host may free its own).
  std::string packages;
  std::map<std::string, std::string> environment;
};

namespace islet {
namespace {

constexpr const char* kVersion = "0.1.0";

void Report(const Islet_Config& c, const std::string& text) {
  if (c.error != nullptr) c.error(c.user_data, text.data(), text.size());
}

// Compiles [uri]/[text] with the files it reaches; nullptr after reporting errors. Package
// URIs resolve through the configuration [packages] (null: none was found).
std::unique_ptr<CompiledProgram> Compile(const Islet_Config& config, const std::string& uri,
                                         const std::string& path, std::string text,
                                         std::shared_ptr<const PackageConfig> packages) {
  CompileOptions options;
  options.packages = std::move(packages);
  std::string errors;
  auto compiled = CompileScript(uri, path, std::move(text), options, &errors);
  if (compiled == nullptr) Report(config, errors);
  return compiled;
}

// The package configuration of a script at [path]: the --packages file, or the nearest
// .dart_tool/package_config.json. False after reporting a configuration that cannot be read.
bool FindPackages(const Islet_Config& config, const std::string& path,
                  std::shared_ptr<const PackageConfig>* packages) {
  std::string file = config.packages != nullptr ? config.packages : PackageConfig::Find(path);
  if (file.empty()) return true;
  std::string error;
  *packages = PackageConfig::Load(file, &error);
  if (*packages == nullptr) {
    Report(config, "Error: " + error + "\n");
    return false;
  }
  return true;
}

bool ReadFile(const Islet_Config& config, const char* path, std::string* text) {
  std::string error;
  if (ReadFileText(path, text, &error)) return true;
  Report(config, std::string("Error: Error when reading '") + path + "': " + error + "\n");
  return false;
}

void PrintLine(void* data, const char* text, size_t length) {
  auto* config = static_cast<Islet_Config*>(data);
  if (config->print != nullptr) config->print(config->user_data, text, length);
}

Islet_Status Run(Islet_Vm* vm, const std::string& uri, const std::string& path, std::string text,
                 int argc, const char* const* argv) {
  std::shared_ptr<const PackageConfig> packages;
  if (!FindPackages(vm->config, path, &packages)) return ISLET_COMPILE_ERROR;
  std::unique_ptr<CompiledProgram> compiled =
      Compile(vm->config, uri, path, std::move(text), packages);
  if (compiled == nullptr) return ISLET_COMPILE_ERROR;
  std::string error;
  std::unique_ptr<Program> program;
  {
    // The Program's tables are built as the compile's are (runtime/compile_heap.h).
    CompileHeap heap;
    program = LoadProgram(std::move(compiled->module), LookupNative, &error);
  }
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
  if (config->flush != nullptr) {
    runtime_options.flush = [config]() { config->flush(config->user_data); };
  }
  Runtime runtime(runtime_options);
  GroupSettings settings;
  settings.script_uri = uri;
  settings.packages = packages;
  settings.environment = vm->environment;
  std::shared_ptr<Program> shared(std::move(program));
  runtime.AddModule(Runtime::ModuleKey(uri, packages != nullptr ? packages->uri() : ""), shared);
  auto group = std::make_shared<IsolateGroup>(&runtime, shared, options, std::move(settings));
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
  if (vm->config.packages != nullptr) {
    vm->packages = vm->config.packages;
    vm->config.packages = vm->packages.c_str();
  }
  for (size_t i = 0; i < vm->config.define_count && vm->config.defines != nullptr; i++) {
    std::string define = vm->config.defines[i] != nullptr ? vm->config.defines[i] : "";
    size_t equals = define.find('=');
    if (equals == std::string::npos) {
      vm->environment[define] = "";
    } else {
      vm->environment[define.substr(0, equals)] = define.substr(equals + 1);
    }
  }
  vm->config.defines = nullptr;
  vm->config.define_count = 0;
  return vm;
}

void Islet_DeleteVm(Islet_Vm* vm) { delete vm; }

Islet_Status Islet_RunFile(Islet_Vm* vm, const char* path, int argc, const char* const* argv) {
  if (vm == nullptr || path == nullptr) return ISLET_INVALID_ARGUMENT;
  std::string text;
  if (!islet::ReadFile(vm->config, path, &text)) return ISLET_LOAD_ERROR;
  return islet::Run(vm, islet::FileUriOfPath(path), path, std::move(text), argc, argv);
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
  std::shared_ptr<const islet::PackageConfig> packages;
  if (!islet::FindPackages(vm->config, path, &packages)) return ISLET_COMPILE_ERROR;
  auto compiled =
      islet::Compile(vm->config, islet::FileUriOfPath(path), path, std::move(text), packages);
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
