// The world of one VM (one Islet_Vm): its configuration and output, the port registry, the
// isolate groups, and the scheduler that runs isolates on a pool of threads.
//
// Scheduling: M isolates on N worker threads (N = cores by default). An isolate occupies a
// thread only for a turn (see isolate.h); an idle one is just memory. A busy isolate cannot be
// preempted in the middle of an event (its frames live on the worker's C++ stack), so when every
// worker has been busy for a while and work is waiting, the scheduler adds a worker, up to
// kMaxWorkers: a long computation never starves the others. --deterministic runs everything on
// one worker in FIFO order (a second worker appears only when an isolate stays busy past the
// starvation limit, as one computing forever would).

#ifndef ISLET_RUNTIME_RUNTIME_H_
#define ISLET_RUNTIME_RUNTIME_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <queue>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "runtime/isolate.h"
#include "runtime/port_map.h"

namespace islet {

struct RuntimeOptions {
  int threads = 0;  // 0: the number of cores.
  bool deterministic = false;
  // Output (whole lines; calls are serialized).
  std::function<void(const std::string&)> print;
  std::function<void(const std::string&)> error;
};

class Runtime {
 public:
  explicit Runtime(RuntimeOptions options);
  ~Runtime();

  PortMap* ports() { return &ports_; }
  void Print(const std::string& line);
  void Error(const std::string& text);

  // Runs [main] until it ends (and with it the process's work: other isolates are discarded).
  // Returns whether main ended by an unhandled error.
  bool RunMain(std::unique_ptr<Isolate> main);

  // Adds a new isolate (Isolate.spawn) and schedules its first turn.
  void Launch(std::unique_ptr<Isolate> isolate);

  // Posts [message] to its port (dropped when closed). Any thread.
  void PostMessage(std::unique_ptr<Message> message);
  // Posts a control request to the isolate owning control port [port]. Any thread.
  void PostControl(int64_t port, std::unique_ptr<ControlMessage> control);
  // Registers [port] as the control port of [isolate].
  int64_t NewControlPort(Isolate* isolate);
  bool IsControlPort(int64_t port);

  // Called by an isolate that got work from another thread.
  void MakeReady(Isolate* isolate);

  // Isolate groups (spawnUri). The group of the isolate that owns [port] when there are several
  // groups (null otherwise, or when the port is closed): a message to another group must be
  // rebased (message.h).
  std::shared_ptr<IsolateGroup> GroupOfPortIfSeveral(int64_t port);
  // The Program of the module [key] (a script URI and package configuration), made by [load]
  // the first time and shared by every later group that loads it. [load] returns null with
  // the reason in its argument; so does this. Loading a module means a new group is coming.
  // Makes [program] the module of [key], as if LoadModule had loaded it (the main script's, so
  // spawnUri of the running script shares it).
  void AddModule(const std::string& key, std::shared_ptr<Program> program);
  // The key of a module: the script's URI and the package configuration's.
  static std::string ModuleKey(const std::string& script_uri, const std::string& packages_uri);
  std::shared_ptr<Program> LoadModule(
      const std::string& key, const std::function<std::shared_ptr<Program>(std::string*)>& load,
      std::string* error);

  static int64_t NowMicros();

 private:
  enum class State { kIdle, kQueued, kRunning, kDead };
  struct Slot {
    std::unique_ptr<Isolate> isolate;
    State state = State::kIdle;
    bool needs_run = false;
  };
  void WorkerLoop();
  void MonitorLoop();
  void StartWorker();
  // With mutex_ held: the isolate's first runnable moment.
  void EnqueueLocked(Slot* slot);

  RuntimeOptions options_;
  PortMap ports_;
  std::mutex output_mutex_;

  std::mutex mutex_;
  std::condition_variable work_cv_;
  std::condition_variable done_cv_;
  std::condition_variable monitor_cv_;  // Only the monitor waits on it (never steals work_cv_).
  std::unordered_map<Isolate*, Slot> slots_;
  std::deque<Isolate*> ready_;
  int64_t oldest_ready_micros_ = 0;
  // Timer wake-ups: (deadline, isolate); stale entries are skipped.
  std::priority_queue<std::pair<int64_t, Isolate*>, std::vector<std::pair<int64_t, Isolate*>>,
                      std::greater<>>
      wakeups_;
  std::vector<std::thread> workers_;
  std::thread monitor_;
  int busy_ = 0;
  bool stopping_ = false;
  Isolate* main_ = nullptr;
  bool main_done_ = false;
  bool main_error_ = false;
  std::mutex control_ports_mutex_;
  std::unordered_map<int64_t, Isolate*> control_ports_;
  // Modules loaded by spawnUri, by key. Loads are serialized (one compile at a time).
  std::mutex modules_mutex_;
  std::unordered_map<std::string, std::shared_ptr<Program>> modules_;
  std::atomic<bool> several_groups_{false};
};

}  // namespace islet

#endif  // ISLET_RUNTIME_RUNTIME_H_
