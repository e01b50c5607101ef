// The world of one VM (one Islet_Vm): its configuration and output, the port registry, the
// isolate groups, and the scheduler that runs isolates on a pool of threads.
//
// Scheduling: M isolates on N worker threads (N = cores by default). An isolate occupies a
// thread only for a turn (see isolate.h); an idle one is just memory. An isolate readied by a
// message from a running one waits in that worker's run-next slot and runs there when the turn
// ends, so a request and its reply stay on one thread and wake nobody; a spinning worker, or
// else the monitor thread, takes it over when the turn runs long. A busy isolate cannot be
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
#include "runtime/spin_mutex.h"
#include "runtime/worker_thread.h"

namespace islet {

struct RuntimeOptions {
  int threads = 0;  // 0: the number of cores.
  bool deterministic = false;
  // Output (whole lines; calls are serialized).
  std::function<void(const std::string&)> print;
  std::function<void(const std::string&)> error;
  // Called by the monitor when printed lines have waited kFlushMicros (null: never), so that
  // a program that prints and then waits or computes shows its output, as in the Dart VM.
  std::function<void()> flush;
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
    int last_worker = -1;  // The worker that ran its last turn (its caches are warm there).
  };
  // A worker's scheduling state, guarded by mutex_ (has_next is also read while spinning).
  struct WorkerState {
    bool spinning = false;
    Isolate* next = nullptr;    // Runs when this worker's turn ends (see MakeReady).
    bool helper_woken = false;  // A sleeping worker was woken to take next over.
    std::atomic<bool> has_next{false};
    std::atomic<int64_t> next_since{0};  // When next was set (others may steal it later).
  };
  void PutNextLocked(WorkerState* worker, Slot* slot);
  Isolate* TakeNextLocked(WorkerState* worker);
  // A worker (not [id]) whose run-next isolate has waited long enough to be taken over, or -1.
  int StealTargetLocked(int id, int64_t now) const;
  // The same question without the lock, for a spinning worker (a hint: check again locked).
  bool StealableNext(int id, int64_t now) const;
  void WorkerLoop(int id);
  void MonitorLoop();
  // Calls options_.flush when a printed line has waited long enough (the monitor's thread).
  void FlushIfDue(int64_t now);
  void StartWorker();
  // With mutex_ held: the isolate's first runnable moment.
  void EnqueueLocked(Slot* slot);

  RuntimeOptions options_;
  PortMap ports_;
  std::mutex output_mutex_;
  std::atomic<int64_t> unflushed_since_{0};  // When the oldest unflushed line was printed; 0: none.

  SpinMutex mutex_;
  std::condition_variable_any work_cv_;
  std::condition_variable_any done_cv_;
  std::condition_variable_any monitor_cv_;  // Only the monitor waits on it (never steals work_cv_).
  std::unordered_map<Isolate*, Slot> slots_;
  std::deque<Isolate*> ready_;
  int64_t oldest_ready_micros_ = 0;
  // Timer wake-ups: (deadline, isolate); stale entries are skipped.
  std::priority_queue<std::pair<int64_t, Isolate*>, std::vector<std::pair<int64_t, Isolate*>>,
                      std::greater<>>
      wakeups_;
  std::vector<std::unique_ptr<WorkerThread>> workers_;
  int max_workers_;                               // kMaxWorkers, or more threads if asked.
  std::unique_ptr<WorkerState[]> worker_states_;  // max_workers_ of them, by worker id.
  std::atomic<int> worker_count_{0};              // workers_.size(), readable unlocked.
  std::thread monitor_;
  int busy_ = 0;
  int spinning_ = 0;                        // Workers watching ready_size_ instead of sleeping.
  std::atomic<size_t> ready_size_{0};       // ready_.size(), readable without mutex_.
  std::atomic<bool> stopping_flag_{false};  // stopping_, readable without mutex_.
  bool stopping_ = false;
  Isolate* main_ = nullptr;
  bool main_done_ = false;
  bool main_error_ = false;
  // Modules loaded by spawnUri, by key. Loads are serialized (one compile at a time).
  std::mutex modules_mutex_;
  std::unordered_map<std::string, std::shared_ptr<Program>> modules_;
  std::atomic<bool> several_groups_{false};
};

}  // namespace islet

#endif  // ISLET_RUNTIME_RUNTIME_H_
