#include "runtime/worker_thread.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace islet {

WorkerThread::WorkerThread(size_t stack_bytes, std::function<void()> body)
    : body_(std::move(body)) {
  pthread_attr_t attributes;
  int error = pthread_attr_init(&attributes);
  if (error == 0) {
    if (pthread_attr_setstacksize(&attributes, stack_bytes) == 0) {
      error = pthread_create(&thread_, &attributes, &WorkerThread::Start, this);
    } else {
      error = -1;
    }
    pthread_attr_destroy(&attributes);
  }
  if (error != 0) error = pthread_create(&thread_, nullptr, &WorkerThread::Start, this);
  if (error != 0) {
    std::fprintf(stderr, "islet: cannot start a worker thread: %s\n", std::strerror(error));
    std::abort();
  }
  joinable_ = true;
}

WorkerThread::~WorkerThread() { Join(); }

void WorkerThread::Join() {
  if (!joinable_) return;
  pthread_join(thread_, nullptr);
  joinable_ = false;
}

void* WorkerThread::Start(void* self) {
  static_cast<WorkerThread*>(self)->body_();
  return nullptr;
}

}  // namespace islet
