// The precompiled dart: libraries: the stdlib snapshot (compiler/stdlib_snapshot.h) that the
// build's islet_snapshot tool (tools/snapshot) writes into <build>/gen/stdlib_snapshot.cc from
// the same stdlib/**/*.dart files as the embedded sources (embedded.h). This header only
// declares the bytes; the runtime's program loader opens them. Never committed: every build
// makes its own, after every change of a stdlib file or of the compiler.

#ifndef ISLET_STDLIB_SNAPSHOT_H_
#define ISLET_STDLIB_SNAPSHOT_H_

#include <cstddef>

namespace islet {

// The [kStdlibSnapshotSize] bytes of the snapshot.
extern const unsigned char* const kStdlibSnapshot;
extern const size_t kStdlibSnapshotSize;

}  // namespace islet

#endif  // ISLET_STDLIB_SNAPSHOT_H_
