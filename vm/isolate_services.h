// What the machine asks of the world it runs in: ports, messages, spawning and controlling
// isolates. The interpreter (one isolate's machine) holds a pointer to an implementation, which
// the runtime provides (runtime/isolate.cc); dart:isolate's natives reach it through
// Interpreter::services(). vm/ and stdlib/ see only this interface, so they never depend on
// the runtime's threads, queues or registries.
//
// Every function runs on the calling isolate's thread. Functions returning Value may return
// Value::Exception() after throwing in the calling isolate.

#ifndef ISLET_VM_ISOLATE_SERVICES_H_
#define ISLET_VM_ISOLATE_SERVICES_H_

#include <cstdint>
#include <map>
#include <string>

#include "vm/value.h"

namespace islet {

// Control requests, sent on an isolate's control port (their numbers are part of the contract
// with stdlib/isolate/isolate.dart).
enum ControlOp : int {
  kControlKill = 0,
  kControlPause = 1,
  kControlResume = 2,
  kControlPing = 3,
  kControlAddExitListener = 4,
  kControlRemoveExitListener = 5,
  kControlAddErrorListener = 6,
  kControlRemoveErrorListener = 7,
  kControlSetErrorsFatal = 8,
  // Not a request: Control answers it at once with the debug name of the live isolate owning
  // the control port, or null (Isolate.debugName).
  kControlDebugName = 9,
};

// Spawn requests (Isolate.spawn).
struct SpawnRequest {
  Value entry = Value::Null();    // The function the new isolate calls with message.
  Value message = Value::Null();  // The initial message.
  bool paused = false;
  bool errors_are_fatal = true;
  Value on_exit = Value::Null();   // SendPort or null.
  Value on_error = Value::Null();  // SendPort or null.
  Value debug_name = Value::Null();
  // The 2012 API (spawnFunction): the new isolate gets a default port (its `port`) at once, so
  // the spawner can send to it before the new isolate runs.
  bool default_port = false;
};

// Isolate.spawnUri requests: a program loaded into a new isolate group.
struct SpawnUriRequest {
  std::string uri;                // As given (resolved against the calling isolate's script).
  Value args = Value::Null();     // List<String>: main's first argument.
  Value message = Value::Null();  // main's second argument.
  bool paused = false;
  bool errors_are_fatal = true;
  int checked = -1;  // Asserts: 1 on, 0 off, -1 as in the calling isolate.
  bool has_environment = false;
  std::map<std::string, std::string> environment;  // When has_environment; else inherited.
  std::string package_config;                      // A file or data: URI; "" when not given.
  bool automatic_package_resolution = false;
  Value on_exit = Value::Null();   // SendPort or null.
  Value on_error = Value::Null();  // SendPort or null.
  Value debug_name = Value::Null();
};

class IsolateServices {
 public:
  virtual ~IsolateServices() = default;

  // A new port owned by the calling isolate; its messages are handed to dart:isolate's
  // _handleMessage. A port keeps the isolate alive until closed or set not to.
  virtual int64_t NewPort() = 0;
  virtual void ClosePort(int64_t port) = 0;
  virtual void SetPortKeepsAlive(int64_t port, bool keeps_alive) = 0;

  // Copies [message] and queues it on [port] (dropped when the port is closed). Throws
  // ArgumentError when the message holds an unsendable object.
  virtual Value Send(int64_t port, Value message) = 0;

  // Starts an isolate of the same group. Returns a List [controlPort, pauseCapability,
  // terminateCapability, defaultPort or 0] describing it, or throws.
  virtual Value Spawn(const SpawnRequest& request) = 0;

  // Loads [request].uri into a new isolate group and starts its main. Returns the same List as
  // Spawn, or a String: why the program could not be loaded (the caller throws
  // IsolateSpawnException with it). Throws ArgumentError for an unsendable message.
  virtual Value SpawnUri(const SpawnUriRequest& request) = 0;

  // The URI of the calling isolate group's package configuration, "" when it has none.
  virtual std::string PackageConfigUri() = 0;

  // Resolves package: URI [uri] with the calling group's package configuration: false when it
  // cannot be resolved.
  virtual bool ResolvePackageUri(const std::string& uri, std::string* resolved) = 0;

  // Isolate.exit: checks [message], hands it to [port] (when not null) without copying, and
  // terminates the calling isolate; always returns Exception() (the termination unwinds).
  virtual Value Exit(Value port, Value message) = 0;

  // Sends control request [op] to the isolate whose control port is [control_port]; [capability]
  // authorizes it (a [hi, lo] pair of ints, or null) and [args] is the request's arguments.
  virtual Value Control(int64_t control_port, int op, Value capability, Value args) = 0;

  // [controlPort, pauseCapability, terminateCapability, debugName] of the calling isolate.
  virtual Value CurrentIsolate() = 0;

  // The port made for the calling isolate by a 2012-style spawn (SpawnRequest::default_port),
  // or 0.
  virtual int64_t DefaultPort() = 0;

  // The environment declaration [name] of the calling isolate's group (-D on the command line,
  // spawnUri's environment): false when it has none.
  virtual bool LookupEnvironment(const std::string& name, std::string* value) = 0;

  // Writes an uncaught error of the calling isolate to the process's error output.
  virtual void ReportUncaughtError(const std::string& text) = 0;

  // The interpreter saw kInterruptMessage in its interrupt word: handle the control requests
  // that cannot wait for the event loop (they may set kInterruptTerminate).
  virtual void HandleInterrupt() = 0;
};

}  // namespace islet

#endif  // ISLET_VM_ISOLATE_SERVICES_H_
