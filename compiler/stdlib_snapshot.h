// The stdlib snapshot: the dart: libraries compiled at build time, so that startup does not
// lex, parse, resolve and generate them again. Owns the snapshot's format, writing it (the
// build's islet_snapshot tool) and reading it (every compile of a program). Does not own the
// Module encoding (vm/bytecode/module_io.h), index replay (module_builder.h) or which libraries
// a program reaches (runtime/program_loader.cc).
//
// A snapshot holds, for every dart: library: its files' token streams with the bodies of
// functions left out (each `{ ... }` becomes `{}`, each `=> e;` becomes `=> null;`) except
// the members of mixins, which programs mix into their own classes and compile again; the
// libraries each one imports; the scopes of indices its declarations took (ScopeRecord); and
// the Module of all of them. A program's compile parses those tokens (its declarations, so the
// resolver sees the same elements), declares them under the recorded indices, and compiles
// only the program's own code on top of the precompiled Module.
//
// Layers: the libraries are compiled in layers (dart:core and dart:collection, then dart:math,
// dart:async, ...), each on top of the ones before, so the Module of the first k layers is a
// prefix of every table of the whole one and refers to nothing after it. A program loads the
// layers up to the last one holding a library it reaches: hello.dart loads only the first.
//
// Invariant: the snapshot and the embedded sources come from the same stdlib files (the build
// regenerates it whenever a stdlib file or the compiler changes), and a compile that finds the
// declarations and the precompiled code disagreeing reports an internal error rather than
// running code compiled against other declarations.

#ifndef ISLET_COMPILER_STDLIB_SNAPSHOT_H_
#define ISLET_COMPILER_STDLIB_SNAPSHOT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/module_builder.h"

namespace islet {

class Diagnostics;
class SourceFile;

// "ISLS" read as a little-endian word: the first four bytes of a stdlib snapshot.
constexpr uint32_t kStdlibSnapshotMagic = 0x534c5349;
// The layout of the snapshot around its Module. Bump it whenever the writer changes.
constexpr uint32_t kStdlibSnapshotVersion = 1;

// One precompiled dart: library.
struct SnapshotLibrary {
  std::string uri;                   // "dart:core"
  int layer = 0;                     // Its layer (see above).
  std::vector<std::string> files;    // "dart:core/list.dart", ... (the embedded sources' uris)
  std::vector<std::string> imports;  // The dart: libraries its files import or export.
};

// A snapshot opened for reading. Immutable once opened, so one may serve several compiles at
// once (threads compiling spawnUri programs); it refers to the bytes, which must outlive it.
class StdlibSnapshot {
 public:
  // Checks the header of the [size] bytes at [data] and indexes them. Returns false with the
  // reason in [*error] for bytes that are no snapshot of this build's format.
  bool Open(const uint8_t* data, size_t size, std::string* error);

  const std::vector<SnapshotLibrary>& libraries() const { return libraries_; }
  // The library [uri] ("dart:core"), or null when the snapshot does not have it.
  const SnapshotLibrary* FindLibrary(const std::string& uri) const;
  // True when the file [uri] ("dart:core/list.dart") is one of the snapshot's.
  bool HasFile(const std::string& uri) const { return files_.count(uri) != 0; }
  int layer_count() const { return static_cast<int>(layers_.size()); }

  // Parses the precompiled file [source] (HasFile(source->uri())) from its stored tokens. The
  // unit has every declaration of the file; the bodies of non-mixin functions are empty.
  // Returns nullptr when the stored tokens do not fit [source] (another text, corrupt bytes).
  std::unique_ptr<CompilationUnit> ParseFile(const SourceFile* source,
                                             Diagnostics* diagnostics) const;

  // A builder holding the precompiled Module of the first [layers] layers and replaying its
  // scopes, with room for [extra_functions] more functions; nullptr with the reason in [*error]
  // when the Module cannot be decoded.
  std::unique_ptr<ModuleBuilder> NewBuilder(int layers, size_t extra_functions,
                                            std::string* error) const;

 private:
  struct FileTokens {
    size_t text_size = 0;
    const uint8_t* tokens = nullptr;  // The token stream, [tokens_size] bytes.
    size_t tokens_size = 0;
  };

  std::vector<SnapshotLibrary> libraries_;
  std::unordered_map<std::string, FileTokens> files_;
  std::vector<std::string_view> strings_;  // Token values, indexed from 1 (0 is "").
  size_t max_tokens_ = 0;                  // In one file.
  // The Module's part of one layer: the entries of every table it appends (module_io.h).
  struct Layer {
    size_t num_functions = 0;  // Functions of this layer and those before.
    const uint8_t* module = nullptr;
    size_t module_size = 0;
  };

  std::vector<ScopeRecord> scopes_;
  std::vector<Layer> layers_;
};

// Compiles [libraries] (every dart: library, dart:core first, as CompileScript orders them)
// in [layers] (the uris of each layer's libraries, in order; a library may import only those of
// its own layer and the layers before) and appends their snapshot to [*out]. The snapshot is
// checked before it is returned: for every k, compiling the libraries of the first k layers from
// it must declare exactly what their compile did, and their Module must verify on its own.
// Returns false with the reasons in [diagnostics].
bool WriteStdlibSnapshot(const std::vector<LibrarySource>& libraries,
                         const std::vector<std::vector<std::string>>& layers,
                         Diagnostics* diagnostics, std::string* out);

}  // namespace islet

#endif  // ISLET_COMPILER_STDLIB_SNAPSHOT_H_
