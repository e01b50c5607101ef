// Natives of dart:io (stdlib/io/*.dart): standard output and error written through the C
// library's FILE* streams (the same stdout the `vm` command prints with, so print and
// stdout.write stay in program order), stdin reads, exit and exitCode, sleep, pid, the facts
// behind Platform and ProcessInfo, and the entry points of file-system operations: run inline
// (_IONatives.sync), or queued to the worker pool (_IONatives.submit, io_completions.h).
// Does not own the operations themselves (io_ops.cc) or the queue (io_completions.cc).

#include "stdlib/io/io_natives.h"

#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "stdlib/core/native_util.h"
#include "stdlib/io/io_completions.h"
#include "stdlib/typed_data/typed_data_access.h"
#include "vm/heap/heap.h"
#include "vm/interpreter.h"
#include "vm/program.h"

extern char** environ;

namespace islet {

namespace {

std::atomic<int> g_exit_code{0};

// Appends the UTF-8 of [units]; a lone surrogate becomes U+FFFD as in Dart's utf8.encode.
template <typename Unit>
void AppendUtf8(const Unit* units, size_t length, std::string* out) {
  for (size_t i = 0; i < length; i++) {
    uint32_t c = units[i];
    if (c >= 0xD800 && c <= 0xDFFF) {
      bool pair = c <= 0xDBFF && i + 1 < length && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF;
      if (pair) {
        c = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00);
      } else {
        c = 0xFFFD;
      }
    }
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (c >> 6)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (c >> 12)));
      out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (c >> 18)));
      out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
}

std::string Utf8Of(Value s) {
  std::string out;
  stdlib_natives::WithStringUnits(
      s, [&](auto* units, size_t length) { AppendUtf8(units, length, &out); });
  return out;
}

// A String from bytes that should be UTF-8 (file names need not be): malformed sequences become
// U+FFFD, as utf8.decode(allowMalformed: true) does.
Value NewStringFromBytes(Interpreter* vm, const std::string& bytes) {
  std::u16string units;
  units.reserve(bytes.size());
  size_t i = 0;
  size_t n = bytes.size();
  auto at = [&](size_t k) { return static_cast<uint8_t>(bytes[k]); };
  while (i < n) {
    uint8_t b = at(i);
    uint32_t c = 0xFFFD;
    size_t len = 1;
    if (b < 0x80) {
      c = b;
    } else {
      int extra = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : 0;
      if (extra > 0) {
        uint32_t value = b & (0x3F >> extra);
        bool ok = true;
        for (int k = 1; k <= extra && ok; k++) {
          if (i + k >= n || (at(i + k) & 0xC0) != 0x80) {
            ok = false;
          } else {
            value = (value << 6) | (at(i + k) & 0x3F);
          }
        }
        bool minimal = (extra == 2 && value >= 0x800 && (value < 0xD800 || value > 0xDFFF)) ||
                       (extra == 3 && value >= 0x10000 && value <= 0x10FFFF) || extra == 1;
        if (ok && minimal) {
          c = value;
          len = 1 + extra;
        }
      }
    }
    if (c >= 0x10000) {
      c -= 0x10000;
      units.push_back(static_cast<char16_t>(0xD800 + (c >> 10)));
      units.push_back(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
    } else {
      units.push_back(static_cast<char16_t>(c));
    }
    i += len;
  }
  return stdlib_natives::NewStringFromUnits(vm, units);
}

Value CallIoHelper(Interpreter* vm, const char* name, std::initializer_list<Value> args) {
  Function* f = vm->program()->LibraryFunction("dart:io", name);
  if (f == nullptr) return natives::ThrowStateError(vm, name);
  std::vector<Value> values(args);
  return vm->Call(f, Value::Null(), values.data(), static_cast<int>(values.size()));
}

Value NewBytes(Interpreter* vm, const std::string& bytes) {
  Value list = CallIoHelper(vm, "_newBytes", {Value::Smi(static_cast<int64_t>(bytes.size()))});
  if (list.IsException()) return list;
  stdlib_natives::TypedListRef ref;
  if (!stdlib_natives::GetTypedList(list, &ref) ||
      ref.length != static_cast<int64_t>(bytes.size())) {
    return natives::ThrowStateError(vm, "_newBytes did not give a Uint8List");
  }
  if (!bytes.empty()) std::memcpy(ref.data, bytes.data(), bytes.size());
  return list;
}

Value NewOSError(Interpreter* vm, int error) {
  Value message = natives::NewString(vm, io::ErrorMessage(error));
  if (message.IsException()) return message;
  return CallIoHelper(vm, "_newOSError", {message, Value::Smi(error)});
}

// Reads the elements of the Dart List [list] as operation arguments. Strings are UTF-8, typed
// lists their raw bytes; false (after throwing) for anything else.
bool ReadArgs(Interpreter* vm, Value list, std::vector<io::IoArg>* out) {
  if (!IsList(list)) {
    natives::ThrowArgumentError(vm, "io arguments must be a List");
    return false;
  }
  int64_t n = ListLength(list);
  for (int64_t i = 0; i < n; i++) {
    Value v = ListData(list)[i];
    io::IoArg arg;
    stdlib_natives::TypedListRef typed;
    if (v.IsNull()) {
      arg.kind = io::IoArg::kNull;
    } else if (v == Value::True() || v == Value::False()) {
      arg.kind = io::IoArg::kInt;
      arg.i = v == Value::True() ? 1 : 0;
    } else if (IsInt(v)) {
      arg.kind = io::IoArg::kInt;
      arg.i = IntValue(v);
    } else if (IsString(v)) {
      arg.kind = io::IoArg::kBytes;
      arg.s = Utf8Of(v);
    } else if (stdlib_natives::GetTypedList(v, &typed)) {
      arg.kind = io::IoArg::kBytes;
      int64_t bytes = typed.length * stdlib_natives::ElementSize(typed.kind);
      arg.s.assign(reinterpret_cast<const char*>(typed.data), static_cast<size_t>(bytes));
    } else {
      natives::ThrowArgumentError(vm, "unexpected io argument");
      return false;
    }
    out->push_back(std::move(arg));
  }
  return true;
}

bool ReadOp(Interpreter* vm, Value v, io::Op* op) {
  if (!IsInt(v) || IntValue(v) < 0 || IntValue(v) >= static_cast<int64_t>(io::Op::kCount)) {
    natives::ThrowArgumentError(vm, "bad io operation");
    return false;
  }
  *op = static_cast<io::Op>(IntValue(v));
  return true;
}

// Writes [data] (a String or a typed list of bytes) to stdout (1) or stderr (2). Standard error
// goes out at once, after whatever stdout holds, so a terminal shows both in program order.
Value Write(Interpreter* vm, Value fd, Value data) {
  FILE* out = IsInt(fd) && IntValue(fd) == 2 ? stderr : stdout;
  if (out == stderr) std::fflush(stdout);
  stdlib_natives::TypedListRef typed;
  if (IsString(data)) {
    std::string text = Utf8Of(data);
    std::fwrite(text.data(), 1, text.size(), out);
  } else if (stdlib_natives::GetTypedList(data, &typed)) {
    int64_t bytes = typed.length * stdlib_natives::ElementSize(typed.kind);
    std::fwrite(typed.data, 1, static_cast<size_t>(bytes), out);
  } else {
    return stdlib_natives::ThrowParameterTypeError(vm, data, "List<int>", "data");
  }
  if (out == stderr) std::fflush(stderr);
  return Value::Null();
}

std::string ReadTextFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The process's arguments as the kernel saw them (argv[0], the vm's options, the script...).
std::vector<std::string> CommandLine() {
  std::string text = ReadTextFile("/proc/self/cmdline");
  std::vector<std::string> args;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\0', start);
    if (end == std::string::npos) end = text.size();
    args.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return args;
}

Value NewStringList(Interpreter* vm, const std::vector<std::string>& strings) {
  Value array = natives::NewArray(vm, static_cast<int64_t>(strings.size()));
  if (array.IsException()) return array;
  Handle list(vm->heap(), array);
  for (size_t i = 0; i < strings.size(); i++) {
    Value s = NewStringFromBytes(vm, strings[i]);
    if (s.IsException()) return s;
    ArrayData(list.get())[i] = s;
  }
  return list.get();
}

}  // namespace

namespace stdlib_natives {

int ProcessExitCode() { return g_exit_code.load(); }

}  // namespace stdlib_natives

namespace io {

Value IoResultToDart(Interpreter* vm, IoResult* r) {
  switch (r->kind) {
    case IoResult::kNull:
      return Value::Null();
    case IoResult::kBool:
      return Value::Bool(r->i != 0);
    case IoResult::kInt:
      return natives::NewInt(vm, r->i);
    case IoResult::kString:
      return NewStringFromBytes(vm, r->s);
    case IoResult::kBytes:
      return NewBytes(vm, r->s);
    case IoResult::kError:
      return NewOSError(vm, r->error);
    case IoResult::kIntList: {
      Value array = natives::NewArray(vm, static_cast<int64_t>(r->ints.size()));
      if (array.IsException()) return array;
      Handle list(vm->heap(), array);
      for (size_t i = 0; i < r->ints.size(); i++) {
        Value v = natives::NewInt(vm, r->ints[i]);
        if (v.IsException()) return v;
        ArrayData(list.get())[i] = v;
      }
      return list.get();
    }
    case IoResult::kEntries: {
      Value array = natives::NewArray(vm, 2 + 2 * static_cast<int64_t>(r->paths.size()));
      if (array.IsException()) return array;
      Handle list(vm->heap(), array);
      if (r->has_error) {
        Value path = NewStringFromBytes(vm, r->s);
        if (path.IsException()) return path;
        ArrayData(list.get())[0] = path;
        Value error = NewOSError(vm, r->error);
        if (error.IsException()) return error;
        ArrayData(list.get())[1] = error;
      }
      for (size_t i = 0; i < r->paths.size(); i++) {
        ArrayData(list.get())[2 + 2 * i] = Value::Smi(r->ints[i]);
        Value path = NewStringFromBytes(vm, r->paths[i]);
        if (path.IsException()) return path;
        ArrayData(list.get())[3 + 2 * i] = path;
      }
      return list.get();
    }
  }
  return Value::Null();
}

}  // namespace io

namespace stdlib_natives {

// _IONatives.write(fd, data)
Value IoWrite(Interpreter* vm, Value* args, int) { return Write(vm, args[1], args[2]); }

// _IONatives.flush(fd)
Value IoFlush(Interpreter*, Value* args, int) {
  std::fflush(IsInt(args[1]) && IntValue(args[1]) == 2 ? stderr : stdout);
  return Value::Null();
}

// _IONatives.exit(code): flushes both streams and ends the process at once, as Dart's exit.
Value IoExit(Interpreter*, Value* args, int) {
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(static_cast<int>(IntValue(args[1]) & 0xff));
}

Value IoGetExitCode(Interpreter* vm, Value*, int) {
  return natives::NewInt(vm, g_exit_code.load());
}

Value IoSetExitCode(Interpreter*, Value* args, int) {
  g_exit_code.store(static_cast<int>(IntValue(args[1])));
  return Value::Null();
}

// _IONatives.sleep(microseconds): blocks this isolate's thread.
Value IoSleep(Interpreter*, Value* args, int) {
  std::this_thread::sleep_for(std::chrono::microseconds(IntValue(args[1])));
  return Value::Null();
}

Value IoPid(Interpreter* vm, Value*, int) { return natives::NewInt(vm, getpid()); }

// _IONatives.stdinReadByte(): the next byte of standard input, -1 at its end.
Value IoStdinReadByte(Interpreter* vm, Value*, int) {
  unsigned char byte;
  ssize_t n;
  do {
    n = read(STDIN_FILENO, &byte, 1);
  } while (n < 0 && errno == EINTR);
  return Value::Smi(n == 1 ? byte : -1);
}

// _IONatives.stdinReadLine(retainNewlines): the bytes of the next line as Dart's
// Stdin.readLineSync reads them outside Windows (one read per byte, so nothing is read ahead of
// the line): "\n" ends a line, "\r\n" too unless retained, a lone "\r" is kept. Null at the end
// of input when no byte was read.
Value IoStdinReadLine(Interpreter* vm, Value* args, int) {
  bool retain = args[1] == Value::True();
  std::string line;
  auto next = [] {
    unsigned char byte;
    ssize_t n;
    do {
      n = read(STDIN_FILENO, &byte, 1);
    } while (n < 0 && errno == EINTR);
    return n == 1 ? static_cast<int>(byte) : -1;
  };
  bool any = false;
  if (retain) {
    for (;;) {
      int byte = next();
      if (byte < 0) break;
      any = true;
      line.push_back(static_cast<char>(byte));
      if (byte == '\n') break;
    }
  } else {
    for (;;) {
      int byte = next();
      if (byte == '\n') {
        any = true;
        break;
      }
      if (byte == '\r') {
        bool ended = false;
        do {
          byte = next();
          if (byte == '\n') {
            ended = true;
            break;
          }
          line.push_back('\r');
        } while (byte == '\r');
        any = true;
        if (ended) break;
      }
      if (byte < 0) break;
      any = true;
      line.push_back(static_cast<char>(byte));
    }
  }
  if (!any) return Value::Null();
  return NewBytes(vm, line);
}

// _IONatives.isTerminal(fd)
Value IoIsTerminal(Interpreter*, Value* args, int) {
  return Value::Bool(isatty(static_cast<int>(IntValue(args[1]))) == 1);
}

// _IONatives.terminalSize(fd): [columns, lines], or null when [fd] is not a terminal.
Value IoTerminalSize(Interpreter* vm, Value* args, int) {
  struct winsize size;
  if (ioctl(static_cast<int>(IntValue(args[1])), TIOCGWINSZ, &size) != 0) return Value::Null();
  Value list = natives::NewArray(vm, 2);
  if (list.IsException()) return list;
  ArrayData(list)[0] = Value::Smi(size.ws_col);
  ArrayData(list)[1] = Value::Smi(size.ws_row);
  return list;
}

// _IONatives.platform(what): one fact about the process and its host, numbered as in
// platform.dart's _Platform.
Value IoPlatform(Interpreter* vm, Value* args, int) {
  switch (IntValue(args[1])) {
    case 0:  // numberOfProcessors
      return natives::NewInt(vm, std::max<int64_t>(1, sysconf(_SC_NPROCESSORS_ONLN)));
    case 1: {  // operatingSystemVersion
      struct utsname info;
      if (uname(&info) != 0) return natives::NewString(vm, "");
      return natives::NewString(
          vm, std::string(info.sysname) + " " + info.release + " " + info.version);
    }
    case 2: {  // localHostname
      char name[HOST_NAME_MAX + 1];
      if (gethostname(name, sizeof name) != 0) return natives::NewString(vm, "");
      name[HOST_NAME_MAX] = '\0';
      return natives::NewString(vm, name);
    }
    case 3: {  // executable: argv[0] as invoked
      std::vector<std::string> line = CommandLine();
      return NewStringFromBytes(vm, line.empty() ? std::string() : line[0]);
    }
    case 4: {  // resolvedExecutable
      char* path = realpath("/proc/self/exe", nullptr);
      std::string resolved = path != nullptr ? path : "";
      std::free(path);
      return NewStringFromBytes(vm, resolved);
    }
    case 5: {  // executableArguments: the vm's options before the script
      std::vector<std::string> line = CommandLine();
      std::vector<std::string> options;
      for (size_t i = 1; i < line.size() && line[i].rfind("--", 0) == 0; i++) {
        options.push_back(line[i]);
      }
      return NewStringList(vm, options);
    }
    case 6: {  // script: the uri of the library that holds main
      Function* main = vm->program()->main_function();
      if (main == nullptr || main->library_uri == nullptr) return natives::NewString(vm, "");
      return natives::NewString(vm, *main->library_uri);
    }
    case 7: {  // environment as "NAME=value" strings
      std::vector<std::string> entries;
      for (char** e = environ; e != nullptr && *e != nullptr; e++) entries.push_back(*e);
      return NewStringList(vm, entries);
    }
    case 8: {  // currentRss
      std::string statm = ReadTextFile("/proc/self/statm");
      long long size = 0, resident = 0;
      if (std::sscanf(statm.c_str(), "%lld %lld", &size, &resident) != 2) resident = 0;
      return natives::NewInt(vm, resident * sysconf(_SC_PAGESIZE));
    }
    case 9: {  // maxRss
      struct rusage usage;
      if (getrusage(RUSAGE_SELF, &usage) != 0) return natives::NewInt(vm, 0);
      return natives::NewInt(vm, static_cast<int64_t>(usage.ru_maxrss) * 1024);
    }
    case 10: {  // systemTemp: TMPDIR, else TMP, else /tmp; without trailing slashes
      const char* tmp = std::getenv("TMPDIR");
      if (tmp == nullptr) tmp = std::getenv("TMP");
      std::string dir = tmp != nullptr && tmp[0] != '\0' ? tmp : "/tmp";
      while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
      return NewStringFromBytes(vm, dir);
    }
    case 11: {  // current directory, or an OSError
      char* cwd = getcwd(nullptr, 0);
      if (cwd == nullptr) return NewOSError(vm, errno);
      std::string dir(cwd);
      std::free(cwd);
      return NewStringFromBytes(vm, dir);
    }
  }
  return Value::Null();
}

// _IONatives.setCurrentDirectory(path): null, or an OSError.
Value IoSetCurrentDirectory(Interpreter* vm, Value* args, int) {
  if (!IsString(args[1])) return ThrowParameterTypeError(vm, args[1], "String", "path");
  if (chdir(Utf8Of(args[1]).c_str()) != 0) return NewOSError(vm, errno);
  return Value::Null();
}

// _IONatives.sync(op, args): runs a file-system operation now; its result or an OSError.
Value IoSync(Interpreter* vm, Value* args, int) {
  io::Op op;
  std::vector<io::IoArg> op_args;
  if (!ReadOp(vm, args[1], &op) || !ReadArgs(vm, args[2], &op_args)) return Value::Exception();
  io::IoResult result = io::RunOp(op, op_args);
  return io::IoResultToDart(vm, &result);
}

// _IONatives.submit(op, args): queues the operation to the workers; the id its result will be
// delivered under (_ioDeliver in io_service.dart).
Value IoSubmit(Interpreter* vm, Value* args, int) {
  io::Op op;
  std::vector<io::IoArg> op_args;
  if (!ReadOp(vm, args[1], &op) || !ReadArgs(vm, args[2], &op_args)) return Value::Exception();
  return natives::NewInt(vm, io::IoCompletions::Get()->Submit(vm, op, std::move(op_args)));
}

// _IONatives.abandon(id)
Value IoAbandon(Interpreter* vm, Value* args, int) {
  io::IoCompletions::Get()->Abandon(vm, IntValue(args[1]));
  return Value::Null();
}

// _IONatives.pollOne(): delivers one ready result if there is one; whether it did. Only used
// while no event loop drains the queue (_IONatives.eventLoopDrains()).
Value IoPollOne(Interpreter* vm, Value*, int) {
  bool delivered = false;
  Value r = io::IoCompletions::Get()->DeliverOne(vm, 0, &delivered);
  if (r.IsException()) return r;
  return Value::Bool(delivered);
}

Value IoEventLoopDrains(Interpreter*, Value*, int) {
  return Value::Bool(io::IoCompletions::Get()->drained_by_event_loop());
}

}  // namespace stdlib_natives
}  // namespace islet
