// Natives of Stopwatch (stopwatch.dart): the monotonic clock.

#include <chrono>

#include "stdlib/core/native_util.h"

namespace islet {
namespace stdlib_natives {

Value StopwatchNow(Interpreter* vm, Value* args, int argc) {
  auto now = std::chrono::steady_clock::now().time_since_epoch();
  return natives::NewInt(vm, std::chrono::duration_cast<std::chrono::microseconds>(now).count());
}

}  // namespace stdlib_natives
}  // namespace islet
