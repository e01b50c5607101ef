// Loading a program's sources: a work list over the directives of every file read (no
// recursion; import cycles are fine), then the dart: libraries the program reaches, then one
// CompileProgram over all of them, dependencies first and the script's library last, which
// continues the precompiled dart: libraries (stdlib/snapshot.h).

#include "runtime/program_loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <set>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/diagnostics.h"
#include "compiler/parser.h"
#include "compiler/stdlib_snapshot.h"
#include "runtime/compile_heap.h"
#include "stdlib/embedded.h"
#include "stdlib/snapshot.h"

namespace islet {

namespace {

// Finds the user libraries the script needs: it reads the directives of every file it loads
// (import, export, part) and loads the file: and package: URIs they name. Returns the
// libraries with the script's first; their part files are in each LibrarySource. A file that
// cannot be read or a package: URI that cannot be resolved is a compile error at its
// directive. dart: URIs are embedded: they are collected in [dart_imports].
std::vector<LibrarySource> LoadUserLibraries(CompiledProgram* out, const SourceFile* script,
                                             const CompileOptions& options,
                                             Diagnostics* diagnostics,
                                             std::set<std::string>* dart_imports) {
  std::vector<LibrarySource> libraries;
  std::map<std::string, size_t> library_index;  // Library uri -> index in libraries.
  std::set<std::string> loaded_files;
  struct Scan {
    const SourceFile* file;
    size_t library;
  };
  std::vector<Scan> work;
  libraries.push_back(LibrarySource{script->uri(), {script}});
  library_index[script->uri()] = 0;
  loaded_files.insert(script->uri());
  work.push_back({script, 0});
  while (!work.empty()) {
    Scan scan = work.back();
    work.pop_back();
    // The real parse, with its diagnostics, happens in CompileProgram; here only the
    // directives are read.
    Diagnostics ignored;
    std::unique_ptr<CompilationUnit> unit = ParseCompilationUnit(scan.file, &ignored);
    for (const Directive& d : unit->directives) {
      if (d.uri.rfind("dart:", 0) == 0) dart_imports->insert(ResolveUri(scan.file->uri(), d.uri));
      bool is_part = d.kind == Directive::kPart;
      if (d.kind != Directive::kImport && d.kind != Directive::kExport && !is_part) continue;
      std::string target = ResolveUri(scan.file->uri(), d.uri);
      if (target.rfind("file://", 0) != 0 && target.rfind("package:", 0) != 0) continue;
      if (is_part ? loaded_files.count(target) > 0 : library_index.count(target) > 0) continue;
      std::string file_uri = target;
      if (target.rfind("package:", 0) == 0) {
        std::string error;
        if (options.packages == nullptr) {
          size_t slash = target.find('/');
          std::string name = target.substr(8, slash == std::string::npos ? slash : slash - 8);
          diagnostics->Error(scan.file, d.pos,
                             "Couldn't resolve the package '" + name + "' in '" + target +
                                 "': no package configuration was found (looked for "
                                 ".dart_tool/package_config.json in the script's folder and "
                                 "the folders above it).");
          continue;
        }
        if (!options.packages->Resolve(target, &file_uri, &error)) {
          diagnostics->Error(scan.file, d.pos, error);
          continue;
        }
      }
      std::string file_path = PathOfFileUri(file_uri);
      std::string text, error;
      if (!ReadFileText(file_path, &text, &error)) {
        diagnostics->Error(scan.file, d.pos, "Error when reading '" + d.uri + "': " + error);
        continue;
      }
      out->files.push_back(std::make_unique<SourceFile>(target, file_path, std::move(text)));
      const SourceFile* file = out->files.back().get();
      loaded_files.insert(target);
      size_t library = scan.library;
      if (is_part) {
        libraries[library].files.push_back(file);
      } else {
        library = libraries.size();
        library_index[target] = library;
        libraries.push_back(LibrarySource{target, {file}});
      }
      work.push_back({file, library});
    }
  }
  return libraries;
}

// The precompiled dart: libraries, opened once for the process and shared by every compile
// (spawnUri compiles on isolate threads): null with the reason in [*error] when they cannot be
// read. Never freed, since compiles may run until the process ends.
const StdlibSnapshot* Stdlib(std::string* error) {
  struct Opened {
    const StdlibSnapshot* snapshot = nullptr;
    std::string error;
  };
  static const Opened opened = [] {
    Opened o;
    auto* snapshot = new StdlibSnapshot();
    if (snapshot->Open(kStdlibSnapshot, kStdlibSnapshotSize, &o.error)) {
      o.snapshot = snapshot;
    } else {
      delete snapshot;
    }
    return o;
  }();
  *error = opened.error;
  return opened.snapshot;
}

// The embedded text of the dart: file [uri], or null.
const char* EmbeddedText(const std::string& uri) {
  for (int i = 0; i < kEmbeddedStdlibCount; i++) {
    if (uri == kEmbeddedStdlib[i].uri) return kEmbeddedStdlib[i].text;
  }
  return nullptr;
}

}  // namespace

bool ReadFileText(const std::string& path, std::string* text, std::string* error) {
  // POSIX calls rather than a stream: the first ifstream of a process costs about half a
  // millisecond of locale setup, a tenth of hello.dart's startup.
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  struct stat info;
  if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    close(fd);
    *error = std::strerror(EISDIR);
    return false;
  }
  text->clear();
  if (info.st_size > 0) text->reserve(static_cast<size_t>(info.st_size));
  char buffer[16384];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int read_errno = errno;
      close(fd);
      *error = std::strerror(read_errno);
      return false;
    }
    if (n == 0) break;
    text->append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  return true;
}

std::unique_ptr<CompiledProgram> CompileScript(const std::string& uri, const std::string& path,
                                               std::string text, const CompileOptions& options,
                                               std::string* errors) {
  // Everything the compile allocates comes from huge pages where the kernel has them.
  CompileHeap heap;
  auto out = std::make_unique<CompiledProgram>();
  std::string snapshot_error;
  const StdlibSnapshot* stdlib = Stdlib(&snapshot_error);
  if (stdlib == nullptr) {
    *errors = "Error: internal error: the precompiled dart: libraries cannot be read (" +
              snapshot_error + "); rebuild Islet\n";
    return nullptr;
  }
  out->files.push_back(std::make_unique<SourceFile>(uri, path, std::move(text)));
  const SourceFile* script = out->files.back().get();
  Diagnostics diagnostics;
  std::set<std::string> needed(options.extra_libraries.begin(), options.extra_libraries.end());
  std::vector<LibrarySource> user =
      LoadUserLibraries(out.get(), script, options, &diagnostics, &needed);
  // Only the dart: libraries the program reaches are declared (startup time grows with what
  // is declared): dart:core, what the program imports, what those import in turn, and
  // dart:async when the program may use async code or Future and Stream without importing it.
  // Their code is precompiled (stdlib/snapshot.h); the compile declares them from the snapshot.
  needed.insert("dart:core");
  for (const LibrarySource& lib : user) {
    for (const SourceFile* f : lib.files) {
      const std::string& t = f->text();
      for (const char* word : {"async", "await", "Future", "Stream", "yield"}) {
        if (t.find(word) != std::string::npos) needed.insert("dart:async");
      }
    }
  }
  std::map<std::string, const SnapshotLibrary*> dart_libraries;
  for (const SnapshotLibrary& library : stdlib->libraries()) {
    dart_libraries[library.uri] = &library;
  }
  std::vector<std::string> work(needed.begin(), needed.end());
  while (!work.empty()) {
    std::string name = work.back();
    work.pop_back();
    auto it = dart_libraries.find(name);
    if (it == dart_libraries.end()) continue;
    for (const std::string& imported : it->second->imports) {
      if (needed.insert(imported).second) work.push_back(imported);
    }
  }
  // The source files of the libraries declared: their tokens refer to them, and so do
  // positions in code compiled now (a mixin's members copied into a class of the program).
  auto library_source = [&](const SnapshotLibrary& library) {
    LibrarySource source;
    source.uri = library.uri;
    for (const std::string& file : library.files) {
      const char* file_text = EmbeddedText(file);
      out->files.push_back(
          std::make_unique<SourceFile>(file, file, file_text != nullptr ? file_text : ""));
      source.files.push_back(out->files.back().get());
    }
    return source;
  };
  std::vector<LibrarySource> libraries;
  // dart:core first: every other library depends on it.
  auto core = dart_libraries.find("dart:core");
  if (core != dart_libraries.end()) libraries.push_back(library_source(*core->second));
  for (auto& [name, lib] : dart_libraries) {
    if (name != "dart:core" && needed.count(name) != 0) libraries.push_back(library_source(*lib));
  }
  // The script's library last: CompileProgram takes main from the last library.
  libraries.insert(libraries.end(), user.rbegin(), user.rend());
  out->module = CompileProgram(libraries, &diagnostics, stdlib);
  if (diagnostics.has_errors() || out->module == nullptr) {
    *errors = diagnostics.Format();
    return nullptr;
  }
  return out;
}

}  // namespace islet
