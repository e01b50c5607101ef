// Loading a program's sources: a work list over the directives of every file read (no
// recursion; import cycles are fine), then the dart: libraries the program reaches, then one
// CompileProgram over all of them, dependencies first and the script's library last.

#include "runtime/program_loader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/diagnostics.h"
#include "compiler/parser.h"
#include "stdlib/embedded.h"

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

}  // namespace

bool ReadFileText(const std::string& path, std::string* text, std::string* error) {
  struct stat info;
  if (stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    *error = std::strerror(EISDIR);
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return false;
  }
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) {
    *error = std::strerror(errno);
    return false;
  }
  *text = s.str();
  return true;
}

std::unique_ptr<CompiledProgram> CompileScript(const std::string& uri, const std::string& path,
                                               std::string text, const CompileOptions& options,
                                               std::string* errors) {
  auto out = std::make_unique<CompiledProgram>();
  std::map<std::string, LibrarySource> dart_libraries;
  for (int i = 0; i < kEmbeddedStdlibCount; i++) {
    std::string file_uri = kEmbeddedStdlib[i].uri;  // "dart:core/list.dart"
    std::string library = file_uri.substr(0, file_uri.find('/'));
    out->files.push_back(std::make_unique<SourceFile>(file_uri, file_uri, kEmbeddedStdlib[i].text));
    LibrarySource& lib = dart_libraries[library];
    lib.uri = library;
    lib.files.push_back(out->files.back().get());
  }
  out->files.push_back(std::make_unique<SourceFile>(uri, path, std::move(text)));
  const SourceFile* script = out->files.back().get();
  Diagnostics diagnostics;
  std::set<std::string> needed(options.extra_libraries.begin(), options.extra_libraries.end());
  std::vector<LibrarySource> user =
      LoadUserLibraries(out.get(), script, options, &diagnostics, &needed);
  // Only the dart: libraries the program reaches are compiled (startup time grows with what is
  // compiled): dart:core, what the program imports, what those import in turn, and dart:async
  // when the program may use async code or Future and Stream without importing it.
  needed.insert("dart:core");
  for (const LibrarySource& lib : user) {
    for (const SourceFile* f : lib.files) {
      const std::string& t = f->text();
      for (const char* word : {"async", "await", "Future", "Stream", "yield"}) {
        if (t.find(word) != std::string::npos) needed.insert("dart:async");
      }
    }
  }
  std::vector<std::string> work(needed.begin(), needed.end());
  while (!work.empty()) {
    std::string name = work.back();
    work.pop_back();
    auto it = dart_libraries.find(name);
    if (it == dart_libraries.end()) continue;
    for (const SourceFile* f : it->second.files) {
      const std::string& t = f->text();
      for (const char* directive : {"import 'dart:", "export 'dart:"}) {
        for (size_t at = t.find(directive); at != std::string::npos;
             at = t.find(directive, at + 1)) {
          size_t start = at + 8;
          size_t end = t.find('\'', start);
          if (end == std::string::npos) break;
          std::string imported = t.substr(start, end - start);
          if (needed.insert(imported).second) work.push_back(imported);
        }
      }
    }
  }
  std::vector<LibrarySource> libraries;
  // dart:core first: every other library depends on it.
  auto core = dart_libraries.find("dart:core");
  if (core != dart_libraries.end()) libraries.push_back(core->second);
  for (auto& [name, lib] : dart_libraries) {
    if (name != "dart:core" && needed.count(name) != 0) libraries.push_back(lib);
  }
  // The script's library last: CompileProgram takes main from the last library.
  libraries.insert(libraries.end(), user.rbegin(), user.rend());
  out->module = CompileProgram(libraries, &diagnostics);
  if (diagnostics.has_errors() || out->module == nullptr) {
    *errors = diagnostics.Format();
    return nullptr;
  }
  return out;
}

}  // namespace islet
