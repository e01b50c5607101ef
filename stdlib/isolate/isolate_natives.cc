// Natives of dart:isolate (isolate.dart): thin calls into the runtime's IsolateServices
// (vm/isolate_services.h), plus capabilities' random bits. Each checks its arguments' classes,
// since types are erased at run time.

#include <sys/random.h>

#include <random>

#include "stdlib/core/native_util.h"
#include "vm/interpreter.h"
#include "vm/isolate_services.h"

namespace islet {
namespace stdlib_natives {

namespace {

IsolateServices* Services(Interpreter* vm) { return vm->services(); }

Value NoRuntime(Interpreter* vm) {
  return natives::ThrowUnsupportedError(vm, "Isolates need the Islet runtime");
}

bool PortArg(Interpreter* vm, Value v, int64_t* out) {
  if (!v.IsSmi()) {
    ThrowParameterTypeError(vm, v, "int", "port");
    return false;
  }
  *out = v.SmiValue();
  return true;
}

}  // namespace

Value IsolateNewPort(Interpreter* vm, Value*, int) {
  if (Services(vm) == nullptr) return NoRuntime(vm);
  return Value::Smi(Services(vm)->NewPort());
}

Value IsolateClosePort(Interpreter* vm, Value* args, int) {
  int64_t port;
  if (!PortArg(vm, args[1], &port)) return Value::Exception();
  if (Services(vm) != nullptr) Services(vm)->ClosePort(port);
  return Value::Null();
}

Value IsolateSetKeepAlive(Interpreter* vm, Value* args, int) {
  int64_t port;
  if (!PortArg(vm, args[1], &port)) return Value::Exception();
  if (Services(vm) != nullptr) Services(vm)->SetPortKeepsAlive(port, args[2].IsTrue());
  return Value::Null();
}

Value IsolateSend(Interpreter* vm, Value* args, int) {
  int64_t port;
  if (!PortArg(vm, args[1], &port)) return Value::Exception();
  if (Services(vm) == nullptr) return NoRuntime(vm);
  return Services(vm)->Send(port, args[2]);
}

// _spawn(entry, message, paused, errorsAreFatal, onExit, onError, debugName, defaultPort)
Value IsolateSpawn(Interpreter* vm, Value* args, int) {
  if (Services(vm) == nullptr) return NoRuntime(vm);
  if (!IsCid(args[1], kClosureCid)) {
    return ThrowParameterTypeError(vm, args[1], "Function", "entryPoint");
  }
  SpawnRequest r;
  r.entry = args[1];
  r.message = args[2];
  r.paused = args[3].IsTrue();
  r.errors_are_fatal = !args[4].IsFalse();
  r.on_exit = args[5];
  r.on_error = args[6];
  r.debug_name = args[7];
  r.default_port = args[8].IsTrue();
  return Services(vm)->Spawn(r);
}

// _spawnUri(uri, args, message, paused, errorsAreFatal, checked, environment, packageConfig,
// automaticPackageResolution, onExit, onError, debugName): environment is null or a flat
// [key, value, ...] list of strings; checked is null or a bool; packageConfig null or a String.
Value IsolateSpawnUri(Interpreter* vm, Value* args, int) {
  if (Services(vm) == nullptr) return NoRuntime(vm);
  if (!IsString(args[1])) return ThrowParameterTypeError(vm, args[1], "String", "uri");
  SpawnUriRequest r;
  r.uri = StringToUtf8(args[1]);
  r.args = args[2];
  r.message = args[3];
  r.paused = args[4].IsTrue();
  r.errors_are_fatal = !args[5].IsFalse();
  r.checked = args[6].IsNull() ? -1 : (args[6].IsTrue() ? 1 : 0);
  if (IsList(args[7])) {
    r.has_environment = true;
    Value* items = ListData(args[7]);
    int64_t n = ListLength(args[7]);
    for (int64_t i = 0; i + 1 < n; i += 2) {
      if (!IsString(items[i]) || !IsString(items[i + 1])) {
        return ThrowParameterTypeError(vm, args[7], "Map<String, String>", "environment");
      }
      r.environment[StringToUtf8(items[i])] = StringToUtf8(items[i + 1]);
    }
  }
  if (IsString(args[8])) r.package_config = StringToUtf8(args[8]);
  r.automatic_package_resolution = args[9].IsTrue();
  r.on_exit = args[10];
  r.on_error = args[11];
  r.debug_name = args[12];
  return Services(vm)->SpawnUri(r);
}

// _packageConfig(): the URI of this isolate group's package configuration, or null.
Value IsolatePackageConfig(Interpreter* vm, Value*, int) {
  if (Services(vm) == nullptr) return Value::Null();
  std::string uri = Services(vm)->PackageConfigUri();
  if (uri.empty()) return Value::Null();
  return vm->NewString(uri);
}

// _resolvePackageUri(uri): the file: URI package: URI [uri] names, or null.
Value IsolateResolvePackageUri(Interpreter* vm, Value* args, int) {
  if (!IsString(args[1])) return ThrowParameterTypeError(vm, args[1], "String", "packageUri");
  std::string resolved;
  if (Services(vm) == nullptr ||
      !Services(vm)->ResolvePackageUri(StringToUtf8(args[1]), &resolved)) {
    return Value::Null();
  }
  return vm->NewString(resolved);
}

Value IsolateExit(Interpreter* vm, Value* args, int) {
  if (Services(vm) == nullptr) return NoRuntime(vm);
  return Services(vm)->Exit(args[1], args[2]);
}

// _control(controlPort, op, capability, args)
Value IsolateControl(Interpreter* vm, Value* args, int) {
  int64_t port;
  if (!PortArg(vm, args[1], &port)) return Value::Exception();
  if (!args[2].IsSmi()) return ThrowParameterTypeError(vm, args[2], "int", "op");
  if (Services(vm) == nullptr) return NoRuntime(vm);
  return Services(vm)->Control(port, static_cast<int>(args[2].SmiValue()), args[3], args[4]);
}

Value IsolateDefaultPort(Interpreter* vm, Value*, int) {
  if (Services(vm) == nullptr) return Value::Smi(0);
  return Value::Smi(Services(vm)->DefaultPort());
}

Value IsolateCurrent(Interpreter* vm, Value*, int) {
  if (Services(vm) == nullptr) return NoRuntime(vm);
  return Services(vm)->CurrentIsolate();
}

// _newCapability(): [hi, lo], 62 random bits each from the OS.
Value IsolateNewCapability(Interpreter* vm, Value*, int) {
  uint64_t words[2] = {0, 0};
  if (getrandom(words, sizeof words, 0) != static_cast<ssize_t>(sizeof words)) {
    std::random_device rd;
    words[0] = (uint64_t{rd()} << 32) ^ rd();
    words[1] = (uint64_t{rd()} << 32) ^ rd();
  }
  Value list = vm->NewArray(2);
  if (list.IsException()) return list;
  ArrayData(list)[0] = Value::Smi(static_cast<int64_t>(words[0] >> 2));
  ArrayData(list)[1] = Value::Smi(static_cast<int64_t>(words[1] >> 2));
  return list;
}

// _newUint8List(length): dart:typed_data's Uint8List(length), for TransferableTypedData.
Value IsolateNewUint8List(Interpreter* vm, Value* args, int) {
  if (!args[1].IsSmi()) return ThrowParameterTypeError(vm, args[1], "int", "length");
  Function* f = vm->program()->LibraryFunction("dart:typed_data", "_newUint8List");
  if (f == nullptr) {
    return natives::ThrowUnsupportedError(vm, "TransferableTypedData needs dart:typed_data");
  }
  return vm->Call(f, Value::Null(), &args[1], 1);
}

}  // namespace stdlib_natives
}  // namespace islet
