// Natives of DateTime (date_time.dart): the wall clock and the local time zone (offset from UTC
// and abbreviated name at an instant, from the C library's tz database). Calendar arithmetic,
// parsing and formatting are Dart code. Does not own the monotonic clock (stopwatch_natives.cc).

#include <chrono>
#include <ctime>

#include "stdlib/core/native_util.h"

namespace islet {
namespace stdlib_natives {

namespace {

// The local broken-down time of [seconds] since the epoch; false when the C library cannot
// represent it (the caller then treats the zone as UTC).
bool LocalTime(Value seconds, struct tm* out) {
  if (!IsInt(seconds)) return false;
  time_t t = static_cast<time_t>(IntValue(seconds));
  return localtime_r(&t, out) != nullptr;
}

}  // namespace

Value DateTimeCurrentMicros(Interpreter* vm, Value*, int) {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return natives::NewInt(vm, std::chrono::duration_cast<std::chrono::microseconds>(now).count());
}

Value DateTimeLocalOffsetSeconds(Interpreter* vm, Value* args, int) {
  struct tm local;
  if (!LocalTime(args[1], &local)) return Value::Smi(0);
  return natives::NewInt(vm, static_cast<int64_t>(local.tm_gmtoff));
}

Value DateTimeLocalZoneName(Interpreter* vm, Value* args, int) {
  struct tm local;
  if (!LocalTime(args[1], &local) || local.tm_zone == nullptr) {
    return natives::NewString(vm, "UTC");
  }
  return natives::NewString(vm, local.tm_zone);
}

}  // namespace stdlib_natives
}  // namespace islet
