// Isolates (isolate.h): the event loop of one isolate, its ports and control requests, and
// the IsolateServices that dart:isolate's natives call.

#include "runtime/isolate.h"

#include <filesystem>

#include "compiler/compiler.h"
#include "runtime/program_loader.h"
#include "runtime/runtime.h"
#include "stdlib/io/io_completions.h"
#include "stdlib/natives.h"
#include "vm/native.h"
#include "vm/program.h"
#include "vm/strings.h"

namespace islet {

namespace {

void PrintToRuntime(void* data, const char* text, size_t length) {
  static_cast<Runtime*>(data)->Print(std::string(text, length));
}

Value NewCapabilityPair(Interpreter* vm, CapabilityBits c) {
  Value list = vm->NewArray(2);
  if (list.IsException()) return list;
  ArrayData(list)[0] = Value::Smi(c.hi);
  ArrayData(list)[1] = Value::Smi(c.lo);
  return list;
}

// A [hi, lo] capability pair from Dart, or false.
bool ReadCapability(Value v, CapabilityBits* out) {
  if (!IsList(v) || ListLength(v) != 2) return false;
  Value hi = ListData(v)[0];
  Value lo = ListData(v)[1];
  if (!hi.IsSmi() || !lo.IsSmi()) return false;
  out->hi = hi.SmiValue();
  out->lo = lo.SmiValue();
  return true;
}

}  // namespace

IsolateGroup::IsolateGroup(Runtime* runtime, std::shared_ptr<Program> program,
                           InterpreterOptions options, GroupSettings settings)
    : runtime_(runtime),
      program_(std::move(program)),
      options_(options),
      settings_(std::move(settings)) {
  Program* p = program_.get();
  hooks_.run_microtasks = p->LibraryFunction("dart:async", "_runMicrotasks");
  hooks_.next_timer = p->LibraryFunction("dart:async", "_nextTimerDeadline");
  hooks_.run_timers = p->LibraryFunction("dart:async", "_runTimers");
  hooks_.handle_message = p->LibraryFunction("dart:isolate", "_handleMessage");
  hooks_.start_entry = p->LibraryFunction("dart:isolate", "_startIsolate");
}

Isolate::Isolate(std::shared_ptr<IsolateGroup> group, std::string debug_name, bool is_main)
    : group_(std::move(group)),
      debug_name_(std::move(debug_name)),
      is_main_(is_main),
      hooks_(group_->hooks()) {
  interpreter_ = std::make_unique<Interpreter>(group_->program(), group_->options(), PrintToRuntime,
                                               runtime());
  interpreter_->set_services(this);
  // dart:io's worker threads finish asynchronous operations: each result wakes the isolate.
  io::IoCompletions::Get()->SetWakeCallback(
      interpreter_.get(),
      [](void* data) {
        auto* isolate = static_cast<Isolate*>(data);
        isolate->runtime()->MakeReady(isolate);
      },
      this);
  control_port_ = runtime()->NewControlPort(this);
  pause_capability_ = NewCapability();
  terminate_capability_ = NewCapability();
}

Isolate::~Isolate() { Discard(); }

void Isolate::Discard() {
  if (finished_) return;
  finished_ = true;
  io::IoCompletions::Get()->ForgetOwner(interpreter_.get());
  auto lock = runtime()->ports()->Lock();
  lock.unlock();
  for (auto& [port, keeps] : ports_) runtime()->ports()->ClosePort(port);
  ports_.clear();
  runtime()->ports()->ClosePort(control_port_);
}

void Isolate::AddExitListener(int64_t port, std::unique_ptr<Message> response) {
  exit_listeners_[port] = std::move(response);
}

void Isolate::Post(std::unique_ptr<Message> message) {
  {
    std::lock_guard<SpinMutex> lock(queue_mutex_);
    message->arrival_micros = Runtime::NowMicros();
    message->sequence = next_sequence_++;
    messages_.push_back(std::move(message));
  }
  runtime()->MakeReady(this);
}

void Isolate::PostControl(std::unique_ptr<ControlMessage> control) {
  {
    std::lock_guard<SpinMutex> lock(queue_mutex_);
    control_.push_back(std::move(control));
  }
  // A busy isolate sees it at its next interrupt check; an idle one gets a turn.
  interpreter_->interrupts().fetch_or(kInterruptMessage);
  runtime()->MakeReady(this);
}

// ----- The event loop -----

bool Isolate::CallHook(Function* f, const Value* args, int argc) {
  if (f == nullptr) return true;
  Value r = interpreter_->Call(f, Value::Null(), args, argc);
  if (!r.IsException()) return true;
  if (interpreter_->has_pending_exception()) {
    HandleUncaught();
  } else {
    terminated_ = true;  // Killed (or Isolate.exit) while running.
  }
  return false;
}

void Isolate::RunMicrotasks() {
  // An error thrown by a microtask leaves the rest queued: go on with them after reporting it
  // (when errors are not fatal).
  while (!terminated_ && !CallHook(hooks_.run_microtasks, nullptr, 0)) {
  }
}

void Isolate::AfterEvent() {
  UpdateTimerDeadline();
  // Messages dropped by the event just handled are garbage now; collecting them here, not
  // inside the event, frees their memory for the next ones (heap.h).
  interpreter_->heap()->CollectIfAdoptionDue();
}

void Isolate::UpdateTimerDeadline() {
  next_timer_deadline_ = -1;
  if (hooks_.next_timer == nullptr || terminated_) return;
  Value d = interpreter_->Call(hooks_.next_timer, Value::Null(), nullptr, 0);
  if (d.IsSmi()) next_timer_deadline_ = d.SmiValue();
  if (d.IsException()) interpreter_->ClearPendingException();
}

bool Isolate::Start() {
  if (is_main_ || start_main_with_message_) {
    Value r;
    if (start_main_with_message_) {
      // spawnUri: [args, message] from the spawner.
      Value v = start_message_->Deliver(interpreter_.get());
      start_message_.reset();
      r = interpreter_->RunMainWith(ListData(v)[0], ListData(v)[1]);
    } else {
      r = interpreter_->RunMain(main_args_);
    }
    if (r.IsException()) {
      if (interpreter_->has_pending_exception()) {
        HandleUncaught();
      } else {
        terminated_ = true;
      }
    }
  } else if (start_message_ != nullptr) {
    // Isolate.spawn: a spawned isolate throws OutOfMemoryError as the main one does (without
    // it, its first OOM threw `false`).
    if (interpreter_->PrepareOutOfMemoryError().IsException()) {
      HandleUncaught();
      start_message_.reset();
      terminated_ = true;
      return false;
    }
    Value v = start_message_->Deliver(interpreter_.get());
    start_message_.reset();
    // [entry, message]: dart:isolate's _startIsolate calls entry(message).
    Value args[2] = {ListData(v)[0], ListData(v)[1]};
    CallHook(hooks_.start_entry, args, 2);
  }
  if (!terminated_) RunMicrotasks();
  return !terminated_;
}

void Isolate::HandleUncaught() {
  Interpreter* vm = interpreter_.get();
  Handle error(vm->heap(), vm->pending_exception());
  Handle stack(vm->heap(), vm->pending_stack());
  vm->ClearPendingException();
  std::string error_text;
  Value s = vm->ToString(error.get());
  if (s.IsException()) {
    vm->ClearPendingException();
    error_text = "Instance of '" + vm->ClassNameOf(error.get()) + "'";
  } else {
    error_text = StringToUtf8(s);
  }
  std::string stack_text = vm->StackTraceToString(stack.get());
  if (!stack.get().IsNull() && !IsCid(stack.get(), kStackTraceCid)) {
    Value st = vm->ToString(stack.get());
    if (st.IsException()) {
      vm->ClearPendingException();
    } else {
      stack_text = StringToUtf8(st);
    }
  }
  if (!error_listeners_.empty()) {
    for (int64_t port : error_listeners_) {
      // [error.toString(), stackTrace.toString()], as Dart sends them.
      Value pair = vm->NewArray(2);
      if (pair.IsException()) {
        vm->ClearPendingException();
        break;
      }
      Handle h(vm->heap(), pair);
      Value e = vm->NewString(error_text);
      if (e.IsException()) break;
      ArrayData(h.get())[0] = e;
      Value st = vm->NewString(stack_text);
      if (st.IsException()) break;
      ArrayData(h.get())[1] = st;
      auto m = std::make_unique<Message>();
      std::string copy_error;
      if (CopyMessage(vm, h.get(), m.get(), &copy_error)) {
        m->port = port;
        runtime()->PostMessage(std::move(m));
      }
    }
  } else {
    // Never lost (the isolates issue): an error no listener hears is printed with the name of
    // the isolate it happened in, fatal or not. The Dart VM prints a spawned isolate's fatal
    // error as "Unhandled exception:" and drops a non-fatal one.
    std::string head = is_main_ ? "Unhandled exception:\n"
                                : "Unhandled exception in isolate '" + debug_name_ + "':\n";
    runtime()->Error(head + error_text + "\n" + stack_text);
  }
  if (errors_fatal_) {
    terminated_ = true;
    if (is_main_) ended_with_error_ = true;
  }
}

void Isolate::HandleInterrupt() {
  ProcessControlMessages(/*in_event=*/true);
  if (terminated_) interpreter_->interrupts().fetch_or(kInterruptTerminate);
}

void Isolate::ProcessControlMessages(bool in_event) {
  // PostControl sets the bit after queueing: with it clear, nothing waits (a request being
  // posted right now makes the isolate ready again, so it is seen at the next turn at the
  // latest). Saves a lock per check on the way of every message.
  if ((interpreter_->interrupts().load(std::memory_order_acquire) & kInterruptMessage) == 0) {
    return;
  }
  for (;;) {
    std::unique_ptr<ControlMessage> c;
    {
      std::lock_guard<SpinMutex> lock(queue_mutex_);
      if (control_.empty()) {
        interpreter_->interrupts().fetch_and(~static_cast<uint32_t>(kInterruptMessage));
        return;
      }
      c = std::move(control_.front());
      control_.pop_front();
    }
    if (!HandleControl(c.get(), in_event)) deferred_.push_back(std::move(c));
    if (terminated_) return;
  }
}

void Isolate::RunDeferredControl() {
  // They wait while the isolate is paused: the Dart VM queues them as the next event, and a
  // paused isolate handles no events (a ping answers after the resume, a kill ends it then).
  if (deferred_.empty() || !pauses_.empty()) return;
  std::vector<std::unique_ptr<ControlMessage>> ready;
  ready.swap(deferred_);
  for (auto& c : ready) {
    HandleControl(c.get(), false);
    if (terminated_) break;
  }
}

// Returns false when the request waits for the next event boundary (beforeNextEvent), which a
// paused isolate does not reach until it is resumed.
bool Isolate::HandleControl(ControlMessage* c, bool in_event) {
  bool authorized_terminate = c->has_capability && c->capability == terminate_capability_;
  bool authorized_pause = c->has_capability && c->capability == pause_capability_;
  bool waits = c->priority != 0 && (in_event || !pauses_.empty() || !deferred_.empty());
  switch (c->op) {
    case kControlKill:
      if (!authorized_terminate) return true;
      if (waits) return false;
      terminated_ = true;
      return true;
    case kControlPing: {
      if (waits) return false;
      auto m = std::move(c->response);
      if (m == nullptr) m = std::make_unique<Message>();
      m->port = c->port;
      runtime()->PostMessage(std::move(m));
      return true;
    }
    case kControlPause:
      // Pauses are counted per resume capability: pausing twice with one needs one resume.
      if (!authorized_pause) return true;
      pauses_.insert({c->pause_id.hi, c->pause_id.lo});
      return true;
    case kControlResume:
      if (!authorized_pause) return true;
      pauses_.erase({c->pause_id.hi, c->pause_id.lo});
      return true;
    case kControlAddExitListener:
      exit_listeners_[c->port] = std::move(c->response);
      return true;
    case kControlRemoveExitListener:
      exit_listeners_.erase(c->port);
      return true;
    case kControlAddErrorListener:
      error_listeners_.insert(c->port);
      return true;
    case kControlRemoveErrorListener:
      error_listeners_.erase(c->port);
      return true;
    case kControlSetErrorsFatal:
      if (authorized_terminate) errors_fatal_ = c->flag;
      return true;
    default:
      return true;
  }
}

bool Isolate::KeepsAlive() {
  if (!pauses_.empty()) return true;
  for (auto& [port, keeps] : ports_) {
    if (keeps) return true;
  }
  if (next_timer_deadline_ >= 0) return true;
  if (io::IoCompletions::Get()->HasPending(interpreter_.get())) return true;
  std::lock_guard<SpinMutex> lock(queue_mutex_);
  return !messages_.empty() || !control_.empty();
}

Isolate::TurnResult Isolate::RunTurn(int64_t slice_end_micros) {
  if (finished_) return TurnResult::kDead;
  // Requests that waited for an event boundary go first (the entry point is the first event).
  RunDeferredControl();
  ProcessControlMessages(false);
  RunDeferredControl();
  if (terminated_) return Finish();
  if (!started_ && pauses_.empty()) {
    started_ = true;
    Start();
    if (terminated_) return Finish();
    AfterEvent();
  }
  while (started_) {
    ProcessControlMessages(false);
    RunDeferredControl();
    if (terminated_) return Finish();
    if (!pauses_.empty()) break;
    std::unique_ptr<Message> message;
    // next_timer_deadline_ is current: only Dart code changes timers, and AfterEvent follows
    // everything that runs Dart code.
    bool timer_due = next_timer_deadline_ >= 0 && next_timer_deadline_ <= Runtime::NowMicros();
    {
      std::lock_guard<SpinMutex> lock(queue_mutex_);
      // Events in arrival order: a due timer goes before a message that arrived after it.
      if (!messages_.empty() &&
          (!timer_due || messages_.front()->arrival_micros < next_timer_deadline_)) {
        message = std::move(messages_.front());
        messages_.pop_front();
      }
    }
    bool io_delivered = false;
    if (message == nullptr && !timer_due) {
      // A finished dart:io operation completes its future as an event of its own.
      Value r = io::IoCompletions::Get()->DeliverOne(interpreter_.get(), 0, &io_delivered);
      if (r.IsException()) {
        if (interpreter_->has_pending_exception()) {
          HandleUncaught();
        } else {
          terminated_ = true;
        }
      }
    }
    if (io_delivered) {
      // Delivered above.
    } else if (message != nullptr) {
      Value v = message->Deliver(interpreter_.get());
      Value args[2] = {Value::Smi(message->port), v};
      CallHook(hooks_.handle_message, args, 2);
    } else if (timer_due) {
      CallHook(hooks_.run_timers, nullptr, 0);
    } else {
      break;
    }
    if (terminated_) return Finish();
    RunMicrotasks();
    if (terminated_) return Finish();
    AfterEvent();
    if (Runtime::NowMicros() >= slice_end_micros) return TurnResult::kReady;
  }
  if (terminated_) return Finish();
  // Not started yet: waiting for a resume, or resumed just now by a control request handled
  // at an interrupt check inside the hook above (then it starts on its next turn).
  if (!started_) return pauses_.empty() ? TurnResult::kReady : TurnResult::kIdle;
  if (!KeepsAlive()) return Finish();
  return TurnResult::kIdle;
}

void Isolate::SendExitMessage() {
  if (!exiting_) return;
  exiting_ = false;
  // The whole heap goes with the message: the receiver adopts its pages, no copy.
  HeapOptions options;
  options.never_collect = true;
  exit_message_->heap = std::make_unique<Heap>(options);
  exit_message_->heap->AdoptPages(interpreter_->heap());
  exit_message_->port = exit_port_;
  runtime()->PostMessage(std::move(exit_message_));
}

Isolate::TurnResult Isolate::Finish() {
  if (finished_) return TurnResult::kDead;
  SendExitMessage();
  for (auto& [port, response] : exit_listeners_) {
    auto m = response != nullptr ? std::move(response) : std::make_unique<Message>();
    m->port = port;
    runtime()->PostMessage(std::move(m));
  }
  exit_listeners_.clear();
  Discard();
  return TurnResult::kDead;
}

// ----- IsolateServices -----

int64_t Isolate::NewPort() {
  int64_t port = runtime()->ports()->NewPort(this);
  ports_[port] = true;
  return port;
}

void Isolate::ClosePort(int64_t port) {
  auto it = ports_.find(port);
  if (it == ports_.end()) return;
  ports_.erase(it);
  runtime()->ports()->ClosePort(port);
}

void Isolate::SetPortKeepsAlive(int64_t port, bool keeps_alive) {
  auto it = ports_.find(port);
  if (it != ports_.end()) it->second = keeps_alive;
}

Value Isolate::Send(int64_t port, Value message) {
  auto m = std::make_unique<Message>();
  std::string error;
  if (!CopyMessage(interpreter_.get(), message, m.get(), &error)) {
    if (error.empty()) return interpreter_->ThrowOutOfMemory();
    return interpreter_->ThrowCoreErrorWithMessage("_newArgumentError", error);
  }
  // A port of another isolate group (spawnUri) gets only what may cross groups, even when the
  // two groups run one shared Program.
  std::shared_ptr<IsolateGroup> receiver = runtime()->GroupOfPortIfSeveral(port);
  if (receiver != nullptr && receiver != group_ &&
      !RebaseMessage(group_->program(), receiver->program(), m.get(), &error)) {
    if (error.empty()) return interpreter_->ThrowOutOfMemory();
    return interpreter_->ThrowCoreErrorWithMessage("_newArgumentError", error);
  }
  m->port = port;
  runtime()->PostMessage(std::move(m));
  return Value::Null();
}

Value Isolate::Spawn(const SpawnRequest& request) {
  Interpreter* vm = interpreter_.get();
  // The request's values stay rooted across the allocations below.
  Handle entry(vm->heap(), request.entry);
  Handle message(vm->heap(), request.message);
  Handle on_exit(vm->heap(), request.on_exit);
  Handle on_error(vm->heap(), request.on_error);
  Handle debug_name(vm->heap(), request.debug_name);
  // Copy [entry, message] first: an unsendable one fails the spawn in the caller.
  Value pair = vm->NewArray(2);
  if (pair.IsException()) return pair;
  ArrayData(pair)[0] = entry.get();
  ArrayData(pair)[1] = message.get();
  auto start = std::make_unique<Message>();
  std::string error;
  if (!CopyMessage(vm, pair, start.get(), &error)) {
    if (error.empty()) return vm->ThrowOutOfMemory();
    return vm->ThrowCoreErrorWithMessage("_newArgumentError", error);
  }
  // Without a debugName the isolate is named after its entry point, as in the Dart VM
  // ("worker", "Runner.start", "main.<anonymous closure>").
  std::string name = "isolate";
  if (IsString(debug_name.get())) {
    name = StringToUtf8(debug_name.get());
  } else if (!request.default_port) {  // Not the 2012 API's wrapper closure.
    auto* f = entry.get().object()->slots()[kClosureFunctionSlot].AsRawPointer<Function>();
    if (f != nullptr && f->desc != nullptr) name = f->desc->name;
  }
  auto child = std::make_unique<Isolate>(group_, name, /*is_main=*/false);
  child->SetStartEntry(std::move(start));
  return LaunchChild(std::move(child), request.paused, request.errors_are_fatal, on_exit.get(),
                     on_error.get(), request.default_port);
}

Value Isolate::LaunchChild(std::unique_ptr<Isolate> child, bool paused, bool errors_are_fatal,
                           Value on_exit, Value on_error, bool make_default_port) {
  Interpreter* vm = interpreter_.get();
  child->SetErrorsFatal(errors_are_fatal);
  if (paused) child->SetPausedAtStart(child->pause_capability());
  // SendPorts are dart:isolate _SendPort instances whose field 0 is the port id.
  auto port_of = [](Value send_port) -> int64_t {
    if (!send_port.IsObject() || send_port.object()->num_slots() < 1) return 0;
    Value id = send_port.object()->slots()[0];
    return id.IsSmi() ? id.SmiValue() : 0;
  };
  if (!on_exit.IsNull()) child->AddExitListener(port_of(on_exit), nullptr);
  if (!on_error.IsNull()) child->AddErrorListener(port_of(on_error));
  int64_t control = child->control_port();
  CapabilityBits pause = child->pause_capability();
  CapabilityBits terminate = child->terminate_capability();
  int64_t default_port = 0;
  if (make_default_port) {
    default_port = child->NewPort();
    child->default_port_ = default_port;
  }
  runtime()->Launch(std::move(child));
  Value info = vm->NewArray(4);
  if (info.IsException()) return info;
  Handle h(vm->heap(), info);
  ArrayData(h.get())[0] = Value::Smi(control);
  Value p = NewCapabilityPair(vm, pause);
  if (p.IsException()) return p;
  ArrayData(h.get())[1] = p;
  Value t = NewCapabilityPair(vm, terminate);
  if (t.IsException()) return t;
  ArrayData(h.get())[2] = t;
  ArrayData(h.get())[3] = Value::Smi(default_port);
  return h.get();
}

namespace {

// spawnUri's failure text for [reason] (a compile error's diagnostics end with a newline).
std::string SpawnFailure(std::string reason) {
  while (!reason.empty() && reason.back() == '\n') reason.pop_back();
  return "Unable to spawn isolate: " + reason;
}

}  // namespace

Value Isolate::SpawnUri(const SpawnUriRequest& request) {
  Interpreter* vm = interpreter_.get();
  Handle args(vm->heap(), request.args);
  Handle message(vm->heap(), request.message);
  Handle on_exit(vm->heap(), request.on_exit);
  Handle on_error(vm->heap(), request.on_error);
  Handle debug_name(vm->heap(), request.debug_name);
  auto failure = [vm](const std::string& reason) -> Value {
    return vm->NewString(SpawnFailure(reason));
  };
  const GroupSettings& mine = group_->settings();
  // The child's package configuration: the one given, the one found from its script, or ours.
  std::string script_uri = request.uri;
  if (script_uri.find(':') == std::string::npos || script_uri.rfind("file:", 0) == 0) {
    std::string base =
        mine.script_uri.rfind("file:", 0) == 0 ? mine.script_uri : FileUriOfPath(".");
    script_uri = script_uri.rfind("file:", 0) == 0 ? FileUriOfPath(PathOfFileUri(script_uri))
                                                   : ResolveUri(base, script_uri);
  }
  GroupSettings settings;
  settings.environment = request.has_environment ? request.environment : mine.environment;
  std::string error;
  if (!request.package_config.empty()) {
    settings.packages = PackageConfig::Load(request.package_config, &error);
    if (settings.packages == nullptr) return failure(error);
  } else if (request.automatic_package_resolution && script_uri.rfind("file:", 0) == 0) {
    std::string found = PackageConfig::Find(PathOfFileUri(script_uri));
    if (!found.empty()) {
      settings.packages = PackageConfig::Load(found, &error);
      if (settings.packages == nullptr) return failure(error);
    }
  } else if (!request.automatic_package_resolution) {
    settings.packages = mine.packages;
  }
  // Where the source comes from: a file (a package: URI names one), or the data: URI itself.
  std::string path;
  std::string text;
  if (script_uri.rfind("package:", 0) == 0) {
    std::string file_uri;
    if (settings.packages == nullptr) {
      return failure("Couldn't resolve '" + script_uri + "': no package configuration.");
    }
    if (!settings.packages->Resolve(script_uri, &file_uri, &error)) return failure(error);
    path = PathOfFileUri(file_uri);
  } else if (script_uri.rfind("data:", 0) == 0) {
    if (!DecodeDataUri(script_uri, &text)) return failure("Malformed data: URI.");
    path = "data:";
  } else if (script_uri.rfind("file:", 0) == 0) {
    path = PathOfFileUri(script_uri);
  } else {
    return failure("Unsupported scheme in '" + script_uri +
                   "': Islet loads file:, package: and data: URIs.");
  }
  settings.script_uri = script_uri;
  std::string key =
      Runtime::ModuleKey(script_uri, settings.packages != nullptr ? settings.packages->uri() : "");
  auto packages = settings.packages;
  // A spawner with typed data may send it (a TransferableTypedData too): the child then loads
  // dart:typed_data even when its own code does not import it, so that the data can arrive.
  std::vector<std::string> extra_libraries = {"dart:isolate"};
  for (const auto& library : group_->program()->module().libraries) {
    if (library.uri == "dart:typed_data") {
      extra_libraries.push_back(library.uri);
      key += " +dart:typed_data";  // Not the program compiled without it.
    }
  }
  std::shared_ptr<Program> program = runtime()->LoadModule(
      key,
      [&](std::string* why) -> std::shared_ptr<Program> {
        std::string source = text;
        if (path != "data:") {
          std::string os_error;
          if (!ReadFileText(path, &source, &os_error)) {
            *why = "Error when reading '" + request.uri + "': " + os_error;
            return nullptr;
          }
        }
        CompileOptions options;
        options.packages = packages;
        options.extra_libraries = extra_libraries;
        // Diagnostics name the file relative to the current folder, as for the main script.
        std::error_code ec;
        std::string cwd = std::filesystem::current_path(ec).string() + "/";
        std::string shown = path;
        if (!ec && path.rfind(cwd, 0) == 0) shown = path.substr(cwd.size());
        std::unique_ptr<CompiledProgram> compiled =
            CompileScript(script_uri, shown, std::move(source), options, why);
        if (compiled == nullptr) return nullptr;
        std::unique_ptr<Program> loaded =
            LoadProgram(std::move(compiled->module), LookupNative, why);
        if (loaded == nullptr) return nullptr;
        if (loaded->main_function() == nullptr) {
          *why = "The library '" + request.uri + "' has no 'main' function.";
          return nullptr;
        }
        return std::shared_ptr<Program>(std::move(loaded));
      },
      &error);
  if (program == nullptr) return failure(error);
  // [args, message], copied for the new group (only what may cross groups).
  Value pair = vm->NewArray(2);
  if (pair.IsException()) return pair;
  ArrayData(pair)[0] = args.get();
  ArrayData(pair)[1] = message.get();
  auto start = std::make_unique<Message>();
  if (!CopyMessage(vm, pair, start.get(), &error) ||
      !RebaseMessage(group_->program(), program.get(), start.get(), &error)) {
    if (error.empty()) return vm->ThrowOutOfMemory();
    return vm->ThrowCoreErrorWithMessage("_newArgumentError", error);
  }
  InterpreterOptions options = group_->options();
  if (request.checked >= 0) options.enable_asserts = request.checked == 1;
  auto group = std::make_shared<IsolateGroup>(runtime(), program, options, std::move(settings));
  std::string name = "main";
  if (IsString(debug_name.get())) name = StringToUtf8(debug_name.get());
  auto child = std::make_unique<Isolate>(group, name, /*is_main=*/false);
  child->SetStartUriMain(std::move(start));
  return LaunchChild(std::move(child), request.paused, request.errors_are_fatal, on_exit.get(),
                     on_error.get(), false);
}

std::string Isolate::PackageConfigUri() {
  const auto& packages = group_->settings().packages;
  return packages != nullptr ? packages->uri() : "";
}

bool Isolate::ResolvePackageUri(const std::string& uri, std::string* resolved) {
  const auto& packages = group_->settings().packages;
  std::string error;
  return packages != nullptr && packages->Resolve(uri, resolved, &error);
}

Value Isolate::Exit(Value port, Value message) {
  Interpreter* vm = interpreter_.get();
  int64_t port_id = 0;
  if (!port.IsNull()) {
    if (!port.object()->num_slots() || !port.object()->slots()[0].IsSmi()) {
      return vm->ThrowCoreErrorWithMessage("_newArgumentError", "Invalid port");
    }
    port_id = port.object()->slots()[0].SmiValue();
    std::shared_ptr<IsolateGroup> receiver = runtime()->GroupOfPortIfSeveral(port_id);
    if (receiver != nullptr && receiver != group_) {
      // The Dart VM's words.
      return vm->ThrowCoreErrorWithMessage(
          "_newArgumentError",
          "exit with final message is only allowed for isolates in one isolate group.");
    }
    auto m = std::make_unique<Message>();
    std::string error;
    if (!CheckSendable(vm, message, m.get(), &error)) {
      if (error.empty()) return vm->ThrowOutOfMemory();
      return vm->ThrowCoreErrorWithMessage("_newArgumentError", error);
    }
    m->value = message;
    exit_message_ = std::move(m);
    exit_port_ = port_id;
    exiting_ = true;
  }
  terminated_ = true;
  vm->interrupts().fetch_or(kInterruptTerminate);
  return Value::Exception();
}

Value Isolate::Control(int64_t control_port, int op, Value capability, Value args) {
  Interpreter* vm = interpreter_.get();
  if (op == kControlDebugName) {
    std::string name;
    {
      // An isolate's name never changes; the lock keeps its owner alive while it is read.
      auto lock = runtime()->ports()->Lock();
      bool control = false;
      Isolate* owner = runtime()->ports()->OwnerLocked(control_port, &control);
      if (owner == nullptr || !control) return Value::Null();
      name = owner->debug_name();
    }
    return vm->NewString(name);
  }
  auto c = std::make_unique<ControlMessage>();
  c->op = op;
  c->has_capability = ReadCapability(capability, &c->capability);
  // args: kill [priority]; ping [port, response, priority]; pause/resume [hi, lo] of the pause
  // capability; listeners [port, response?]; setErrorsFatal [flag].
  auto arg = [&](int i) -> Value {
    return IsList(args) && ListLength(args) > i ? ListData(args)[i] : Value::Null();
  };
  switch (op) {
    case kControlKill:
      c->priority = arg(0).IsSmi() ? static_cast<int>(arg(0).SmiValue()) : 1;
      if (control_port == control_port_ && c->has_capability &&
          c->capability == terminate_capability_ && c->priority == 0) {
        // Killing oneself immediately is synchronous: unwind now.
        terminated_ = true;
        vm->interrupts().fetch_or(kInterruptTerminate);
        return Value::Exception();
      }
      break;
    case kControlPing:
    case kControlAddExitListener: {
      c->port = arg(0).IsSmi() ? arg(0).SmiValue() : 0;
      c->priority = arg(2).IsSmi() ? static_cast<int>(arg(2).SmiValue()) : 0;
      auto m = std::make_unique<Message>();
      std::string error;
      // The response must be fit for any isolate (the reference: "only simple values that can
      // be sent to all isolates"), as the Dart VM checks: what may cross isolate groups.
      if (!CopyMessage(vm, arg(1), m.get(), &error) ||
          !RebaseMessage(group_->program(), group_->program(), m.get(), &error)) {
        if (error.empty()) return vm->ThrowOutOfMemory();
        return vm->ThrowCoreErrorWithMessage("_newArgumentError", error);
      }
      m->origin = group_;
      c->response = std::move(m);
      break;
    }
    case kControlPause:
    case kControlResume: {
      CapabilityBits pause_id;
      if (!ReadCapability(arg(0), &pause_id)) return Value::Null();
      c->pause_id = pause_id;
      break;
    }
    case kControlRemoveExitListener:
    case kControlAddErrorListener:
    case kControlRemoveErrorListener:
      c->port = arg(0).IsSmi() ? arg(0).SmiValue() : 0;
      break;
    case kControlSetErrorsFatal:
      c->flag = arg(0).IsTrue();
      break;
    default:
      break;
  }
  if (control_port == control_port_) {
    // Requests to oneself take effect in order, at once (ping immediate answers now).
    if (!HandleControl(c.get(), true)) deferred_.push_back(std::move(c));
    if (terminated_) {
      vm->interrupts().fetch_or(kInterruptTerminate);
      return Value::Exception();
    }
    return Value::Null();
  }
  runtime()->PostControl(control_port, std::move(c));
  return Value::Null();
}

Value Isolate::CurrentIsolate() {
  Interpreter* vm = interpreter_.get();
  Value info = vm->NewArray(4);
  if (info.IsException()) return info;
  Handle h(vm->heap(), info);
  ArrayData(h.get())[0] = Value::Smi(control_port_);
  Value p = NewCapabilityPair(vm, pause_capability_);
  if (p.IsException()) return p;
  ArrayData(h.get())[1] = p;
  Value t = NewCapabilityPair(vm, terminate_capability_);
  if (t.IsException()) return t;
  ArrayData(h.get())[2] = t;
  Value name = vm->NewString(debug_name_);
  if (name.IsException()) return name;
  ArrayData(h.get())[3] = name;
  return h.get();
}

void Isolate::ReportUncaughtError(const std::string& text) { runtime()->Error(text); }

bool Isolate::LookupEnvironment(const std::string& name, std::string* value) {
  const std::map<std::string, std::string>& environment = group_->settings().environment;
  auto it = environment.find(name);
  if (it == environment.end()) return false;
  *value = it->second;
  return true;
}

}  // namespace islet
