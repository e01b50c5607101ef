// A lock for the runtime's short critical sections (the scheduler's queues, the port map, an
// isolate's message queue). On the paravirtualized machines Islet runs on, a contended
// std::mutex costs a futex call (several microseconds) each time two threads meet, more than
// sending and handling a small message; these sections last a few dozen nanoseconds, so
// waiters spin instead, yielding the CPU only after a while (a preempted holder must get to
// run). Not for sections that may block or run long.

#ifndef ISLET_RUNTIME_SPIN_MUTEX_H_
#define ISLET_RUNTIME_SPIN_MUTEX_H_

#include <atomic>
#include <thread>

namespace islet {

class SpinMutex {
 public:
  void lock() {
    int spins = 0;
    while (flag_.exchange(true, std::memory_order_acquire)) {
      while (flag_.load(std::memory_order_relaxed)) {
        if (++spins > 1000) {
          std::this_thread::yield();
          spins = 0;
        } else {
#if defined(__x86_64__) || defined(__i386__)
          __builtin_ia32_pause();
#endif
        }
      }
    }
  }
  bool try_lock() { return !flag_.exchange(true, std::memory_order_acquire); }
  void unlock() { flag_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> flag_{false};
};

}  // namespace islet

#endif  // ISLET_RUNTIME_SPIN_MUTEX_H_
