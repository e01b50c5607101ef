// The `vm` command: `vm [options] script.dart [arguments]`. Parses options, then runs or
// disassembles the script through the public C API (islet.h) only, writing prints to stdout
// and reports to stderr, and exits with the Dart VM's codes (0, 254 compile error, 255
// uncaught exception).

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "islet.h"

namespace {

void WriteLine(void* user_data, const char* text, size_t length) {
  std::fwrite(text, 1, length, stdout);
  std::fputc('\n', stdout);
}

// Prints are buffered, and written out when the VM says they have waited (Islet_Config.flush):
// a program that prints and then hangs shows its output, as under the Dart VM.
void FlushOutput(void*) { std::fflush(stdout); }

void WriteError(void* user_data, const char* text, size_t length) {
  std::fflush(stdout);
  std::fwrite(text, 1, length, stderr);
  std::fflush(stderr);
}

void PrintUsage(FILE* out) {
  std::fprintf(out,
               "Usage: vm [options] <script.dart> [arguments...]\n"
               "\n"
               "Options:\n"
               "  --version           Print the version and exit.\n"
               "  --help              Print this help and exit.\n"
               "  --disassemble       Print the bytecode of the script's functions.\n"
               "  --enable-asserts    Check assert statements.\n"
               "  --max-heap=<MB>     Heap limit of each isolate (OutOfMemoryError past it).\n"
               "  --gc-stress         Collect garbage at every allocation (slow; testing).\n"
               "  --verify-heap       Verify the heap around every collection (testing).\n"
               "  --deterministic     Run every isolate on one thread in a fixed order.\n"
               "  --threads=<N>       Worker threads for isolates (default: the cores).\n"
               "  --packages=<file>   The package_config.json resolving package: URIs\n"
               "                      (default: the nearest .dart_tool/package_config.json).\n"
               "  -D<name>=<value>    Define an environment declaration for\n"
               "                      String/int/bool.fromEnvironment (also --define=).\n");
}

bool ParseSize(const char* text, size_t* out) {
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(text, &end, 10);
  if (errno != 0 || end == text || *end != '\0' || v == 0 || v > (1ull << 40)) return false;
  *out = static_cast<size_t>(v);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Islet_Config config;
  Islet_DefaultConfig(&config);
  config.print = WriteLine;
  config.error = WriteError;
  config.flush = FlushOutput;
  bool disassemble = false;
  std::vector<const char*> defines;
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
    const char* arg = argv[i];
    if (std::strncmp(arg, "-D", 2) == 0 || std::strncmp(arg, "--define=", 9) == 0) {
      const char* define = arg[1] == 'D' ? arg + 2 : arg + 9;
      const char* equals = std::strchr(define, '=');
      if (equals == nullptr || equals == define) {
        std::fprintf(stderr, "vm: %s needs the form <name>=<value>, got '%s'\n",
                     arg[1] == 'D' ? "-D" : "--define", define);
        return 255;
      }
      defines.push_back(define);
    } else if (std::strncmp(arg, "--packages=", 11) == 0) {
      if (arg[11] == '\0') {
        std::fprintf(stderr, "vm: --packages needs a file name\n");
        return 255;
      }
      config.packages = arg + 11;
    } else if (std::strcmp(arg, "--version") == 0) {
      std::printf("Islet %s\n", Islet_Version());
      return 0;
    } else if (std::strcmp(arg, "--help") == 0) {
      PrintUsage(stdout);
      return 0;
    } else if (std::strcmp(arg, "--disassemble") == 0) {
      disassemble = true;
    } else if (std::strcmp(arg, "--enable-asserts") == 0) {
      config.enable_asserts = 1;
    } else if (std::strcmp(arg, "--gc-stress") == 0) {
      config.gc_stress = 1;
    } else if (std::strcmp(arg, "--verify-heap") == 0) {
      config.verify_heap = 1;
    } else if (std::strcmp(arg, "--deterministic") == 0) {
      config.deterministic = 1;
    } else if (std::strncmp(arg, "--threads=", 10) == 0) {
      size_t threads = 0;
      if (!ParseSize(arg + 10, &threads) || threads > 1024) {
        std::fprintf(stderr, "vm: --threads needs a count from 1 to 1024, got '%s'\n", arg + 10);
        return 255;
      }
      config.threads = static_cast<int>(threads);
    } else if (std::strncmp(arg, "--max-heap=", 11) == 0) {
      if (!ParseSize(arg + 11, &config.max_heap_mb)) {
        std::fprintf(stderr, "vm: --max-heap needs a size in MB, got '%s'\n", arg + 11);
        return 255;
      }
    } else {
      std::fprintf(stderr, "vm: unknown option '%s'\n\n", arg);
      PrintUsage(stderr);
      return 255;
    }
  }
  if (i >= argc) {
    PrintUsage(stderr);
    return 255;
  }
  config.defines = defines.data();
  config.define_count = defines.size();
  Islet_Vm* vm = Islet_NewVm(&config);
  if (vm == nullptr) {
    std::fprintf(stderr, "vm: out of memory\n");
    return 255;
  }
  const char* script = argv[i];
  Islet_Status status = disassemble ? Islet_DisassembleFile(vm, script)
                                    : Islet_RunFile(vm, script, argc - i - 1, argv + i + 1);
  Islet_DeleteVm(vm);
  std::fflush(stdout);
  return status == ISLET_OK ? Islet_ScriptExitCode() : Islet_ExitCode(status);
}
