// The port registry (port_map.h).

#include "runtime/port_map.h"

#include <sys/random.h>

namespace islet {

CapabilityBits NewCapability() {
  CapabilityBits c;
  uint64_t words[2] = {0, 0};
  size_t got = 0;
  while (got < sizeof words) {
    ssize_t n = getrandom(reinterpret_cast<char*>(words) + got, sizeof words - got, 0);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  if (got < sizeof words) {
    // No getrandom (very old kernels): random_device is the next best source.
    std::random_device rd;
    words[0] = (uint64_t{rd()} << 32) ^ rd();
    words[1] = (uint64_t{rd()} << 32) ^ rd();
  }
  // Dart ints are signed 64-bit; any bit pattern is fine, but keep them Smi-sized so Capability
  // objects stay small (62 random bits each).
  c.hi = static_cast<int64_t>(words[0] >> 2);
  c.lo = static_cast<int64_t>(words[1] >> 2);
  return c;
}

int64_t PortMap::NewPort(Isolate* owner) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (;;) {
    // Positive and Smi-sized (62 bits), never 0.
    auto id = static_cast<int64_t>(random_() >> 2);
    if (id == 0 || owners_.count(id) != 0) continue;
    owners_.emplace(id, owner);
    return id;
  }
}

void PortMap::ClosePort(int64_t port) {
  std::lock_guard<std::mutex> lock(mutex_);
  owners_.erase(port);
}

Isolate* PortMap::OwnerLocked(int64_t port) const {
  auto it = owners_.find(port);
  return it == owners_.end() ? nullptr : it->second;
}

}  // namespace islet
