// Isolates and isolate groups. An IsolateGroup owns one Program (code, classes, constants,
// shared read-only by its isolates); an Isolate owns an Interpreter (its heap, stack, global
// values), its ports, its message and control queues, and its event loop state.
//
// Threads: Post and PostControl may be called from any thread; everything else runs on the
// thread the scheduler gave the isolate for the current turn (one thread at a time). A turn
// processes control messages, then events in arrival order (port messages and due timers, each
// followed by the microtasks it caused) until none is ready or the time slice is used up.
// Control messages also reach a busy isolate: posting one sets the interpreter's interrupt word,
// which the dispatch loop polls at calls and loop back-edges (kill with immediate priority stops
// an infinite loop; ping with immediate priority is answered mid-event).

#ifndef ISLET_RUNTIME_ISOLATE_H_
#define ISLET_RUNTIME_ISOLATE_H_

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "runtime/message.h"
#include "runtime/package_config.h"
#include "runtime/port_map.h"
#include "runtime/spin_mutex.h"
#include "vm/interpreter.h"
#include "vm/isolate_services.h"
#include "vm/program.h"

namespace islet {

class Runtime;

// The Dart functions the event loop calls (null when the program lacks their library).
struct EventLoopHooks {
  Function* run_microtasks = nullptr;  // dart:async
  Function* next_timer = nullptr;      // dart:async
  Function* run_timers = nullptr;      // dart:async
  Function* handle_message = nullptr;  // dart:isolate
  Function* start_entry = nullptr;     // dart:isolate
};

// What an isolate group was started with, beyond its program: the script's URI (spawnUri
// resolves relative URIs against it), the package configuration that resolved its package:
// URIs (null: none), and its environment declarations (-D, spawnUri's environment).
struct GroupSettings {
  std::string script_uri;
  std::shared_ptr<const PackageConfig> packages;
  std::map<std::string, std::string> environment;
};

class IsolateGroup {
 public:
  IsolateGroup(Runtime* runtime, std::shared_ptr<Program> program, InterpreterOptions options,
               GroupSettings settings = {});
  Runtime* runtime() const { return runtime_; }
  Program* program() const { return program_.get(); }
  const std::shared_ptr<Program>& shared_program() const { return program_; }
  const InterpreterOptions& options() const { return options_; }
  const EventLoopHooks& hooks() const { return hooks_; }
  const GroupSettings& settings() const { return settings_; }

 private:
  Runtime* runtime_;
  std::shared_ptr<Program> program_;
  InterpreterOptions options_;
  EventLoopHooks hooks_;  // Looked up once per group.
  GroupSettings settings_;
};

// A control request in an isolate's control queue.
struct ControlMessage {
  int op = 0;
  bool has_capability = false;
  CapabilityBits capability;
  int64_t port = 0;                   // The response, listener or exit port.
  bool flag = false;                  // setErrorsFatal's value.
  int priority = 0;                   // 0: immediate, 1: before the next event.
  CapabilityBits pause_id;            // pause / resume: the capability naming the pause.
  std::unique_ptr<Message> response;  // ping / exit-listener response value.
};

class Isolate final : public IsolateServices {
 public:
  enum class TurnResult { kIdle, kReady, kDead };

  Isolate(std::shared_ptr<IsolateGroup> group, std::string debug_name, bool is_main);
  ~Isolate() override;
  Isolate(const Isolate&) = delete;
  Isolate& operator=(const Isolate&) = delete;

  // What the first turn runs: main with [args], or an entry function with a message (a copied
  // List [entry, message]).
  void SetStartMain(std::vector<std::string> args) { main_args_ = std::move(args); }
  void SetStartEntry(std::unique_ptr<Message> entry_and_message) {
    start_message_ = std::move(entry_and_message);
  }
  // The main isolate of a group made by spawnUri: main(args, message) with a List
  // [args, message] copied from the spawner.
  void SetStartUriMain(std::unique_ptr<Message> args_and_message) {
    start_message_ = std::move(args_and_message);
    start_main_with_message_ = true;
  }
  // Settings a spawner gives before the first turn.
  void SetPausedAtStart(CapabilityBits capability) {
    pauses_.insert({capability.hi, capability.lo});
  }
  void SetErrorsFatal(bool fatal) { errors_fatal_ = fatal; }
  void AddExitListener(int64_t port, std::unique_ptr<Message> response);
  void AddErrorListener(int64_t port) { error_listeners_.insert(port); }

  // Any thread.
  void Post(std::unique_ptr<Message> message);
  void PostControl(std::unique_ptr<ControlMessage> control);

  // The scheduler's thread.
  TurnResult RunTurn(int64_t slice_end_micros);
  // The deadline (monotonic micros) of the earliest pending timer, -1 when none or while the
  // isolate is paused (its resume makes it ready; a wake-up for a timer it may not run would
  // have the scheduler spin on it). Valid after a turn.
  int64_t next_timer_deadline() const { return pauses_.empty() ? next_timer_deadline_ : -1; }
  // Ends the isolate now (the process is ending): no listeners run.
  void Discard();

  IsolateGroup* group() const { return group_.get(); }
  const std::shared_ptr<IsolateGroup>& shared_group() const { return group_; }
  Runtime* runtime() const { return group_->runtime(); }
  Interpreter* interpreter() { return interpreter_.get(); }
  const std::string& debug_name() const { return debug_name_; }
  bool is_main() const { return is_main_; }
  int64_t control_port() const { return control_port_; }
  CapabilityBits pause_capability() const { return pause_capability_; }
  CapabilityBits terminate_capability() const { return terminate_capability_; }
  // Main isolate: whether it ended by an unhandled error.
  bool ended_with_error() const { return ended_with_error_; }

  // IsolateServices.
  int64_t NewPort() override;
  void ClosePort(int64_t port) override;
  void SetPortKeepsAlive(int64_t port, bool keeps_alive) override;
  Value Send(int64_t port, Value message) override;
  Value Spawn(const SpawnRequest& request) override;
  Value SpawnUri(const SpawnUriRequest& request) override;
  std::string PackageConfigUri() override;
  bool ResolvePackageUri(const std::string& uri, std::string* resolved) override;
  Value Exit(Value port, Value message) override;
  Value Control(int64_t control_port, int op, Value capability, Value args) override;
  Value CurrentIsolate() override;
  int64_t DefaultPort() override { return default_port_; }
  void ReportUncaughtError(const std::string& text) override;
  bool LookupEnvironment(const std::string& name, std::string* value) override;
  void HandleInterrupt() override;

 private:
  bool Start();
  // Starts [child] (made by Spawn or SpawnUri) with the spawner's settings; returns the List
  // Spawn returns.
  Value LaunchChild(std::unique_ptr<Isolate> child, bool paused, bool errors_are_fatal,
                    Value on_exit, Value on_error, bool make_default_port);
  // Calls dart:async / dart:isolate hooks; false when an error escaped (handled inside).
  bool CallHook(Function* f, const Value* args, int argc);
  void RunMicrotasks();
  void UpdateTimerDeadline();
  // After Dart code ran (the start, an event and its microtasks): the next timer's deadline,
  // and the collection that adopted messages may have made due.
  void AfterEvent();
  // An exception escaped an event: report it, and end the isolate when errors are fatal.
  void HandleUncaught();
  bool HandleControl(ControlMessage* c, bool in_event);
  // Handles the beforeNextEvent requests that waited, unless the isolate is paused.
  void RunDeferredControl();
  void ProcessControlMessages(bool in_event);
  bool KeepsAlive();
  TurnResult Finish();
  void SendExitMessage();

  std::shared_ptr<IsolateGroup> group_;
  std::unique_ptr<Interpreter> interpreter_;
  std::string debug_name_;
  bool is_main_;
  int64_t control_port_ = 0;
  int64_t default_port_ = 0;  // 2012 spawnFunction: the isolate's `port`.
  CapabilityBits pause_capability_;
  CapabilityBits terminate_capability_;

  std::vector<std::string> main_args_;
  std::unique_ptr<Message> start_message_;
  bool start_main_with_message_ = false;
  bool started_ = false;
  bool terminated_ = false;
  bool finished_ = false;
  bool ended_with_error_ = false;
  bool errors_fatal_ = true;
  int64_t next_timer_deadline_ = -1;

  // Guarded by queue_mutex_ (posted from other threads).
  SpinMutex queue_mutex_;
  std::deque<std::unique_ptr<Message>> messages_;
  std::deque<std::unique_ptr<ControlMessage>> control_;
  uint64_t next_sequence_ = 0;

  // Owned by the isolate's thread.
  std::map<int64_t, bool> ports_;  // Open ports -> keeps the isolate alive.
  std::set<std::pair<int64_t, int64_t>> pauses_;
  std::map<int64_t, std::unique_ptr<Message>> exit_listeners_;
  std::set<int64_t> error_listeners_;
  std::vector<std::unique_ptr<ControlMessage>> deferred_;  // beforeNextEvent requests.
  // Isolate.exit: the final message, sent when the isolate has unwound.
  bool exiting_ = false;
  int64_t exit_port_ = 0;
  std::unique_ptr<Message> exit_message_;

  const EventLoopHooks& hooks_;
};

}  // namespace islet

#endif  // ISLET_RUNTIME_ISOLATE_H_
