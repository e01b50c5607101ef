// A joinable thread with a C++ stack of a chosen size. std::thread takes the process default
// (RLIMIT_STACK, usually 8 MiB); an isolate's nested C++ calls (resumed async functions,
// natives calling back into Dart) go as deep as its worker's stack allows, checked by address
// in the interpreter, so workers get a larger one. The memory is reserved, and committed only
// as deep as the stack is used.

#ifndef ISLET_RUNTIME_WORKER_THREAD_H_
#define ISLET_RUNTIME_WORKER_THREAD_H_

#include <pthread.h>

#include <cstddef>
#include <functional>

namespace islet {

class WorkerThread {
 public:
  // Starts [body] on a new thread with [stack_bytes] of stack (the default stack when the
  // system refuses that size). Aborts when no thread can be created at all.
  WorkerThread(size_t stack_bytes, std::function<void()> body);
  ~WorkerThread();  // Joins if still joinable.
  WorkerThread(const WorkerThread&) = delete;
  WorkerThread& operator=(const WorkerThread&) = delete;

  void Join();

 private:
  static void* Start(void* self);

  std::function<void()> body_;
  pthread_t thread_{};
  bool joinable_ = false;
};

}  // namespace islet

#endif  // ISLET_RUNTIME_WORKER_THREAD_H_
