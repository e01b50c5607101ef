// The port registry (port_map.h).

#include "runtime/port_map.h"

#include <sys/random.h>

namespace islet {

namespace {

// Random bytes from the OS, fetched 4 KiB at a time: a spawn needs two capabilities, and a
// system call for each would cost more than the rest of the spawn.
class RandomPool {
 public:
  void Fill(uint64_t* out, size_t words) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (size_t i = 0; i < words; i++) {
      if (next_ == kWords) Refill();
      out[i] = buffer_[next_];
      buffer_[next_++] = 0;  // Used bits do not stay in memory.
    }
  }

 private:
  static constexpr size_t kWords = 512;
  void Refill() {
    size_t got = 0;
    auto* bytes = reinterpret_cast<char*>(buffer_);
    while (got < sizeof buffer_) {
      ssize_t n = getrandom(bytes + got, sizeof buffer_ - got, 0);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    if (got < sizeof buffer_) {
      // No getrandom (very old kernels): random_device is the next best source.
      std::random_device rd;
      for (size_t i = got / 8; i < kWords; i++) buffer_[i] = (uint64_t{rd()} << 32) ^ rd();
    }
    next_ = 0;
  }
  std::mutex mutex_;
  uint64_t buffer_[kWords];
  size_t next_ = kWords;
};

RandomPool& Pool() {
  static RandomPool* pool = new RandomPool();  // Never destroyed: threads may still use it.
  return *pool;
}

}  // namespace

CapabilityBits NewCapability() {
  uint64_t words[2];
  Pool().Fill(words, 2);
  // Dart ints are signed 64-bit; keep them Smi-sized (62 random bits each) so Capability
  // objects stay small.
  CapabilityBits c;
  c.hi = static_cast<int64_t>(words[0] >> 2);
  c.lo = static_cast<int64_t>(words[1] >> 2);
  return c;
}

int64_t PortMap::NewPort(Isolate* owner, bool control) {
  std::lock_guard<SpinMutex> lock(mutex_);
  for (;;) {
    // Positive and Smi-sized (62 bits), never 0.
    auto id = static_cast<int64_t>(random_() >> 2);
    if (id == 0 || owners_.count(id) != 0) continue;
    owners_.emplace(id, Entry{owner, control});
    return id;
  }
}

void PortMap::ClosePort(int64_t port) {
  std::lock_guard<SpinMutex> lock(mutex_);
  owners_.erase(port);
}

Isolate* PortMap::OwnerLocked(int64_t port) const {
  auto it = owners_.find(port);
  return it == owners_.end() ? nullptr : it->second.owner;
}

Isolate* PortMap::OwnerLocked(int64_t port, bool* control) const {
  auto it = owners_.find(port);
  if (it == owners_.end()) return nullptr;
  *control = it->second.control;
  return it->second.owner;
}

}  // namespace islet
