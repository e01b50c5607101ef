// What the rest of Islet needs from dart:io's natives (io_natives.cc): the exit status a script
// set through `exitCode`, and the conversion of an operation's C++ result into Dart values,
// shared with the completion queue (io_completions.cc).

#ifndef ISLET_STDLIB_IO_IO_NATIVES_H_
#define ISLET_STDLIB_IO_IO_NATIVES_H_

#include "stdlib/io/io_ops.h"
#include "vm/value.h"

namespace islet {

class Interpreter;

namespace stdlib_natives {

// The value last stored by dart:io's `exitCode = n` (0 when never set): the process's exit
// status when main and the event loop finish normally.
int ProcessExitCode();

}  // namespace stdlib_natives

namespace io {

// [result] as a Dart value on [vm]'s thread: null, bool, int, String, Uint8List (bytes), a List
// of ints (stat), a listing List [errorPath, osError, type0, path0, ...], or an OSError
// (failures). May allocate and call Dart; Value::Exception() if that threw.
Value IoResultToDart(Interpreter* vm, IoResult* result);

}  // namespace io
}  // namespace islet

#endif  // ISLET_STDLIB_IO_IO_NATIVES_H_
