// The public C API (islet.h) as a host uses it: running source and files, capturing prints and
// reports, the status codes, environment declarations and package configurations given in the
// config (copied, so the host may free its strings), and several VMs in one process.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "islet.h"

namespace {

struct Output {
  std::string printed;
  std::string errors;
};

void Print(void* data, const char* text, size_t length) {
  static_cast<Output*>(data)->printed.append(text, length).push_back('\n');
}

void Error(void* data, const char* text, size_t length) {
  static_cast<Output*>(data)->errors.append(text, length);
}

Islet_Config ConfigFor(Output* out) {
  Islet_Config config;
  Islet_DefaultConfig(&config);
  config.print = Print;
  config.error = Error;
  config.user_data = out;
  config.deterministic = 1;
  return config;
}

// A fresh folder under the system's temporary one, removed with the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "islet_embed_XXXXXX").string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    path_ = mkdtemp(buffer.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& text) const {
    std::filesystem::path file = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << text;
    return file.string();
  }

 private:
  std::string path_;
};

TEST(EmbeddingTest, RunsSourceAndCapturesPrints) {
  Output out;
  Islet_Config config = ConfigFor(&out);
  Islet_Vm* vm = Islet_NewVm(&config);
  ASSERT_NE(vm, nullptr);
  const char* argv[] = {"one", "two"};
  Islet_Status status =
      Islet_RunSource(vm, "embedded.dart",
                      "void main(List<String> args) { print('hi ${args.join(\"+\")}'); }", 2, argv);
  EXPECT_EQ(status, ISLET_OK);
  EXPECT_EQ(out.printed, "hi one+two\n");
  EXPECT_EQ(out.errors, "");
  Islet_DeleteVm(vm);
}

TEST(EmbeddingTest, CompileErrorsAndUncaughtExceptionsHaveTheirStatus) {
  Output out;
  Islet_Config config = ConfigFor(&out);
  Islet_Vm* vm = Islet_NewVm(&config);
  EXPECT_EQ(Islet_RunSource(vm, "bad.dart", "void main() { print('x' }", 0, nullptr),
            ISLET_COMPILE_ERROR);
  EXPECT_NE(out.errors.find("bad.dart:1:"), std::string::npos) << out.errors;
  EXPECT_EQ(Islet_ExitCode(ISLET_COMPILE_ERROR), 254);
  out.errors.clear();
  EXPECT_EQ(
      Islet_RunSource(vm, "throw.dart", "void main() { throw StateError('no'); }", 0, nullptr),
      ISLET_UNCAUGHT_EXCEPTION);
  EXPECT_NE(out.errors.find("Unhandled exception:\nBad state: no"), std::string::npos)
      << out.errors;
  EXPECT_EQ(Islet_ExitCode(ISLET_UNCAUGHT_EXCEPTION), 255);
  EXPECT_EQ(Islet_RunFile(vm, "/nonexistent/islet/script.dart", 0, nullptr), ISLET_LOAD_ERROR);
  EXPECT_EQ(Islet_RunFile(nullptr, "x.dart", 0, nullptr), ISLET_INVALID_ARGUMENT);
  Islet_DeleteVm(vm);
}

TEST(EmbeddingTest, DefinesAreCopiedAndReadByFromEnvironment) {
  Output out;
  Islet_Config config = ConfigFor(&out);
  std::string define = "GREETING=hello";
  const char* defines[] = {define.c_str(), "EMPTY="};
  config.defines = defines;
  config.define_count = 2;
  Islet_Vm* vm = Islet_NewVm(&config);
  define.assign(define.size(), 'X');  // The VM kept its own copy.
  EXPECT_EQ(Islet_RunSource(vm, "env.dart",
                            "void main() { print(const String.fromEnvironment('GREETING')); "
                            "print(bool.hasEnvironment('EMPTY')); }",
                            0, nullptr),
            ISLET_OK)
      << out.errors;
  EXPECT_EQ(out.printed, "hello\ntrue\n");
  Islet_DeleteVm(vm);
}

TEST(EmbeddingTest, PackagesConfigResolvesPackageUris) {
  TempDir dir;
  dir.Write("pkgs/hello/lib/hello.dart", "String hello() => 'from package:hello';\n");
  std::string config_path =
      dir.Write("config.json",
                R"({"configVersion": 2, "packages": [{"name": "hello", "rootUri": "pkgs/hello/",
          "packageUri": "lib/"}]})");
  std::string script = dir.Write(
      "main.dart", "import 'package:hello/hello.dart';\nvoid main() { print(hello()); }\n");
  Output out;
  Islet_Config config = ConfigFor(&out);
  config.packages = config_path.c_str();
  Islet_Vm* vm = Islet_NewVm(&config);
  EXPECT_EQ(Islet_RunFile(vm, script.c_str(), 0, nullptr), ISLET_OK) << out.errors;
  EXPECT_EQ(out.printed, "from package:hello\n");
  Islet_DeleteVm(vm);
}

TEST(EmbeddingTest, SeveralVmsLiveInOneProcess) {
  Output out_a;
  Output out_b;
  Islet_Config config_a = ConfigFor(&out_a);
  Islet_Config config_b = ConfigFor(&out_b);
  Islet_Vm* a = Islet_NewVm(&config_a);
  Islet_Vm* b = Islet_NewVm(&config_b);
  EXPECT_EQ(Islet_RunSource(a, "a.dart", "var x = 1; void main() { x++; print(x); }", 0, nullptr),
            ISLET_OK);
  EXPECT_EQ(Islet_RunSource(b, "b.dart", "var x = 10; void main() { x++; print(x); }", 0, nullptr),
            ISLET_OK);
  EXPECT_EQ(Islet_RunSource(a, "a.dart", "var x = 1; void main() { x++; print(x); }", 0, nullptr),
            ISLET_OK);
  EXPECT_EQ(out_a.printed, "2\n2\n");
  EXPECT_EQ(out_b.printed, "11\n");
  Islet_DeleteVm(a);
  Islet_DeleteVm(b);
}

// A line printed before the script computes for a while is handed to the host's flush
// callback while the script still runs, not only when it ends; without a callback nothing is
// called.
TEST(EmbeddingTest, FlushIsCalledWhilePrintedLinesWait) {
  struct Flushes {
    Output out;
    std::string flushed;  // What had been printed at the first flush.
    int count = 0;
  } state;
  Islet_Config config = ConfigFor(&state.out);
  config.user_data = &state;
  config.print = [](void* data, const char* text, size_t length) {
    static_cast<Flushes*>(data)->out.printed.append(text, length).push_back('\n');
  };
  config.flush = [](void* data) {
    auto* s = static_cast<Flushes*>(data);
    if (s->count++ == 0) s->flushed = s->out.printed;
  };
  Islet_Vm* vm = Islet_NewVm(&config);
  const char* source =
      "void main() { print('early'); var sw = Stopwatch()..start();"
      " while (sw.elapsedMilliseconds < 300) {} print('late'); }";
  EXPECT_EQ(Islet_RunSource(vm, "flush.dart", source, 0, nullptr), ISLET_OK);
  EXPECT_EQ(state.out.printed, "early\nlate\n");
  EXPECT_GE(state.count, 1);
  EXPECT_EQ(state.flushed, "early\n");
  Islet_DeleteVm(vm);
}

}  // namespace
