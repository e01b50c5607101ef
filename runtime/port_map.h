// The port registry of one VM: which isolate owns each live port. Port ids are random 64-bit
// numbers, so a script cannot guess another isolate's port; capabilities are 128 bits from
// the OS's CSPRNG. Thread-safe: any isolate's thread may post to any port.

#ifndef ISLET_RUNTIME_PORT_MAP_H_
#define ISLET_RUNTIME_PORT_MAP_H_

#include <cstdint>
#include <mutex>
#include <random>
#include <unordered_map>

#include "runtime/spin_mutex.h"

namespace islet {

class Isolate;

struct CapabilityBits {
  int64_t hi = 0;
  int64_t lo = 0;
  bool operator==(const CapabilityBits& o) const { return hi == o.hi && lo == o.lo; }
};

// 128 random bits from the OS (getrandom).
CapabilityBits NewCapability();

class PortMap {
 public:
  // A new port owned by [owner]; a control port when [control] (it takes control requests,
  // never messages).
  int64_t NewPort(Isolate* owner, bool control = false);
  // Forgets [port]; later messages to it are dropped.
  void ClosePort(int64_t port);
  // The owner of [port], or null when closed or unknown. Keep the map locked (Lock()) while
  // using the result, so the owner cannot go away meanwhile.
  Isolate* OwnerLocked(int64_t port) const;
  // The same, and whether [port] is a control port.
  Isolate* OwnerLocked(int64_t port, bool* control) const;
  std::unique_lock<SpinMutex> Lock() { return std::unique_lock<SpinMutex>(mutex_); }

 private:
  SpinMutex mutex_;
  struct Entry {
    Isolate* owner;
    bool control;
  };
  std::unordered_map<int64_t, Entry> owners_;
  std::mt19937_64 random_{std::random_device{}()};
};

}  // namespace islet

#endif  // ISLET_RUNTIME_PORT_MAP_H_
