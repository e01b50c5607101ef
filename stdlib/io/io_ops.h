// The blocking file-system operations of dart:io, in plain C++ with no VM objects: each takes
// copied arguments and gives a copied result, so the same code runs inline (the *Sync forms) or
// on a worker thread (the async forms, io_completions.h). Converting to and from Dart values is
// io_natives.cc's job. Invariant: an operation never touches the heap or Dart state, and
// reports a failure as IoResult::kError with the errno and strerror text Dart's OSError shows.

#ifndef ISLET_STDLIB_IO_IO_OPS_H_
#define ISLET_STDLIB_IO_IO_OPS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace islet {
namespace io {

// The operations, numbered as the _Op constants of stdlib/io/io_service.dart (keep both in
// the same order; a mismatch shows at once in every io test).
enum class Op : int {
  kFileExists = 0,  // (path) -> bool: exists and is not a directory.
  kFileCreate,      // (path, exclusive) -> null
  kFileDelete,      // (path) -> null; a directory is EISDIR.
  kFileRename,      // (path, newPath) -> null
  kFileCopy,        // (path, newPath) -> null
  kFileLength,      // (path) -> int
  kFileModified,    // (path) -> int (milliseconds since the epoch)
  kFileOpen,        // (path, mode) -> int fd; a directory is EISDIR.
  kType,            // (path, followLinks) -> int (FileSystemEntityType index)
  kStat,            // (path) -> [type, changed, modified, accessed, mode, size]
  kDirExists,       // (path) -> bool
  kDirCreate,       // (path) -> null; an existing directory is success.
  kDirDelete,       // (path, recursive) -> null
  kDirRename,       // (path, newPath) -> null
  kDirList,         // (path, recursive, followLinks) -> entries
  kDirCreateTemp,   // (prefix) -> String
  kClose,           // (fd) -> null
  kReadByte,        // (fd) -> int, -1 at the end
  kRead,            // (fd, count) -> bytes
  kWriteByte,       // (fd, value) -> null
  kWriteFrom,       // (fd, bytes) -> null
  kPosition,        // (fd) -> int
  kSetPosition,     // (fd, position) -> null
  kTruncate,        // (fd, length) -> null
  kFdLength,        // (fd) -> int
  kFlush,           // (fd) -> null
  kLock,            // (fd, lockType, start, end) -> null
  kStdinRead,       // (count) -> bytes; empty at the end of input
  kResolveLinks,    // (path) -> String
  kLinkCreate,      // (path, target) -> null
  kLinkTarget,      // (path) -> String
  kLinkDelete,      // (path) -> null
  kLinkRename,      // (path, newPath) -> null
  kCount
};

// One argument: null, an int (bools are 0/1) or a byte string (a UTF-8 path or raw bytes).
struct IoArg {
  enum Kind { kNull, kInt, kBytes } kind = kNull;
  int64_t i = 0;
  std::string s;
};

struct IoResult {
  enum Kind { kNull, kBool, kInt, kString, kBytes, kIntList, kEntries, kError } kind = kNull;
  int64_t i = 0;                   // kBool, kInt
  std::string s;                   // kString (UTF-8), kBytes
  std::vector<int64_t> ints;       // kIntList; the entry types of kEntries
  std::vector<std::string> paths;  // kEntries: one path per type in ints
  int error = 0;                   // kError: errno (strerror gives the text)
  // kEntries only: a listing error after the entries (errno in [error], the path in [s]).
  bool has_error = false;

  static IoResult Error(int error_code) {
    IoResult r;
    r.kind = kError;
    r.error = error_code;
    return r;
  }
};

// Runs [op]; [args] were checked by the Dart side (kinds and count), and a wrong count gives
// EINVAL rather than a crash.
IoResult RunOp(Op op, const std::vector<IoArg>& args);

// The text Dart's OSError shows for [error] (strerror_r, thread-safe).
std::string ErrorMessage(int error);

}  // namespace io
}  // namespace islet

#endif  // ISLET_STDLIB_IO_IO_OPS_H_
