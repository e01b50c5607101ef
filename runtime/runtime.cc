// The world of one VM and its scheduler (runtime.h).

#include "runtime/runtime.h"

#include <chrono>

namespace islet {

namespace {
// Past this many workers, more threads would not help: work waits instead.
constexpr int kMaxWorkers = 64;
// A turn gives other isolates a chance after this long (between events).
constexpr int64_t kSliceMicros = 10000;
// Work waiting this long while every worker is busy gets a new worker.
constexpr int64_t kStarvationMicros = 20000;
}  // namespace

int64_t Runtime::NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

Runtime::Runtime(RuntimeOptions options) : options_(std::move(options)) {}

Runtime::~Runtime() {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  work_cv_.notify_all();
  monitor_cv_.notify_all();
  for (auto& t : workers_) t.join();
  if (monitor_.joinable()) monitor_.join();
  // Whatever still lives is discarded without running more code.
  for (auto& [isolate, slot] : slots_) slot.isolate->Discard();
  slots_.clear();
}

void Runtime::Print(const std::string& line) {
  std::lock_guard<std::mutex> lock(output_mutex_);
  if (options_.print) options_.print(line);
}

void Runtime::Error(const std::string& text) {
  std::lock_guard<std::mutex> lock(output_mutex_);
  if (options_.error) options_.error(text);
}

int64_t Runtime::NewControlPort(Isolate* isolate) {
  int64_t port = ports_.NewPort(isolate);
  std::lock_guard<std::mutex> lock(control_ports_mutex_);
  control_ports_.emplace(port, isolate);
  return port;
}

bool Runtime::IsControlPort(int64_t port) {
  std::lock_guard<std::mutex> lock(control_ports_mutex_);
  return control_ports_.count(port) != 0;
}

void Runtime::PostMessage(std::unique_ptr<Message> message) {
  auto lock = ports_.Lock();
  Isolate* owner = ports_.OwnerLocked(message->port);
  if (owner == nullptr || IsControlPort(message->port)) return;  // Closed: dropped.
  if (message->origin != nullptr && message->origin.get() != owner->group()) {
    // A control response for an isolate of another group: made fit for it, or dropped when
    // it holds what may not cross groups.
    std::string error;
    if (!RebaseMessage(message->origin->program(), owner->group()->program(), message.get(),
                       &error)) {
      return;
    }
  }
  owner->Post(std::move(message));
}

std::shared_ptr<IsolateGroup> Runtime::GroupOfPortIfSeveral(int64_t port) {
  if (!several_groups_.load(std::memory_order_acquire)) return nullptr;
  auto lock = ports_.Lock();
  Isolate* owner = ports_.OwnerLocked(port);
  if (owner == nullptr) return nullptr;
  return owner->shared_group();
}

void Runtime::AddModule(const std::string& key, std::shared_ptr<Program> program) {
  std::lock_guard<std::mutex> lock(modules_mutex_);
  modules_[key] = std::move(program);
}

std::string Runtime::ModuleKey(const std::string& script_uri, const std::string& packages_uri) {
  return script_uri + "\n" + packages_uri;
}

std::shared_ptr<Program> Runtime::LoadModule(
    const std::string& key, const std::function<std::shared_ptr<Program>(std::string*)>& load,
    std::string* error) {
  std::lock_guard<std::mutex> lock(modules_mutex_);
  several_groups_.store(true, std::memory_order_release);
  auto it = modules_.find(key);
  if (it != modules_.end()) return it->second;
  std::shared_ptr<Program> program = load(error);
  if (program == nullptr) return nullptr;
  modules_[key] = program;
  return program;
}

void Runtime::PostControl(int64_t port, std::unique_ptr<ControlMessage> control) {
  auto lock = ports_.Lock();
  Isolate* owner = ports_.OwnerLocked(port);
  if (owner == nullptr || !IsControlPort(port)) return;
  owner->PostControl(std::move(control));
}

void Runtime::EnqueueLocked(Slot* slot) {
  slot->state = State::kQueued;
  if (ready_.empty()) oldest_ready_micros_ = NowMicros();
  ready_.push_back(slot->isolate.get());
  work_cv_.notify_one();
}

void Runtime::MakeReady(Isolate* isolate) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = slots_.find(isolate);
  if (it == slots_.end()) return;
  Slot& slot = it->second;
  switch (slot.state) {
    case State::kIdle:
      EnqueueLocked(&slot);
      break;
    case State::kRunning:
      slot.needs_run = true;
      break;
    case State::kQueued:
    case State::kDead:
      break;
  }
}

void Runtime::Launch(std::unique_ptr<Isolate> isolate) {
  std::lock_guard<std::mutex> lock(mutex_);
  Isolate* key = isolate.get();
  Slot& slot = slots_[key];
  slot.isolate = std::move(isolate);
  EnqueueLocked(&slot);
}

void Runtime::StartWorker() {
  workers_.emplace_back([this] { WorkerLoop(); });
}

bool Runtime::RunMain(std::unique_ptr<Isolate> main) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    main_ = main.get();
  }
  Launch(std::move(main));
  int threads = options_.threads;
  if (options_.deterministic) {
    threads = 1;
  } else if (threads <= 0) {
    threads = static_cast<int>(std::thread::hardware_concurrency());
    if (threads <= 0) threads = 2;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (int i = 0; i < threads; i++) StartWorker();
  }
  // Even in deterministic mode: an isolate that computes forever must not hang the others.
  monitor_ = std::thread([this] { MonitorLoop(); });
  std::unique_lock<std::mutex> lock(mutex_);
  done_cv_.wait(lock, [this] { return main_done_; });
  // The process's work ends with main: stop every other isolate at its next interrupt check.
  stopping_ = true;
  for (auto& [isolate, slot] : slots_) {
    if (slot.state == State::kRunning) {
      isolate->interpreter()->interrupts().fetch_or(kInterruptTerminate);
    }
  }
  work_cv_.notify_all();
  monitor_cv_.notify_all();
  lock.unlock();
  for (auto& t : workers_) t.join();
  workers_.clear();
  if (monitor_.joinable()) monitor_.join();
  return main_error_;
}

void Runtime::MonitorLoop() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    monitor_cv_.wait_for(lock, std::chrono::milliseconds(5));
    if (stopping_) break;
    if (!ready_.empty() && busy_ >= static_cast<int>(workers_.size()) &&
        static_cast<int>(workers_.size()) < kMaxWorkers &&
        NowMicros() - oldest_ready_micros_ > kStarvationMicros) {
      StartWorker();
    }
  }
}

void Runtime::WorkerLoop() {
  // The worker's stack: each isolate runs on it for a turn (isolates have no frames between
  // turns, so they need no stacks of their own).
  ExecutionStack stack{InterpreterOptions{}};
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    if (stopping_) return;
    // Timers that came due make their isolates ready.
    int64_t now = NowMicros();
    while (!wakeups_.empty() && wakeups_.top().first <= now) {
      Isolate* isolate = wakeups_.top().second;
      wakeups_.pop();
      auto it = slots_.find(isolate);
      if (it != slots_.end() && it->second.state == State::kIdle) EnqueueLocked(&it->second);
    }
    if (ready_.empty()) {
      if (wakeups_.empty()) {
        work_cv_.wait(lock);
      } else {
        work_cv_.wait_for(lock, std::chrono::microseconds(wakeups_.top().first - now));
      }
      continue;
    }
    Isolate* isolate = ready_.front();
    ready_.pop_front();
    if (!ready_.empty()) oldest_ready_micros_ = NowMicros();
    Slot& slot = slots_[isolate];
    slot.state = State::kRunning;
    slot.needs_run = false;
    busy_++;
    lock.unlock();
    isolate->interpreter()->AttachStack(&stack);
    Isolate::TurnResult result = isolate->RunTurn(NowMicros() + kSliceMicros);
    isolate->interpreter()->DetachStack();
    lock.lock();
    busy_--;
    if (result == Isolate::TurnResult::kDead) {
      bool was_main = isolate == main_;
      if (was_main) main_error_ = isolate->ended_with_error();
      slots_.erase(isolate);  // Destroys the isolate (its ports were closed by Finish).
      if (was_main) {
        // The process's work ends with main: no worker starts another turn.
        main_done_ = true;
        stopping_ = true;
        done_cv_.notify_all();
        work_cv_.notify_all();
      }
      continue;
    }
    if (result == Isolate::TurnResult::kReady || slot.needs_run) {
      EnqueueLocked(&slot);
    } else {
      slot.state = State::kIdle;
      int64_t deadline = isolate->next_timer_deadline();
      if (deadline >= 0) wakeups_.emplace(deadline, isolate);
    }
  }
}

}  // namespace islet
