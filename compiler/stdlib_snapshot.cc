// Writing and reading the stdlib snapshot (stdlib_snapshot.h). Writing lexes and parses every
// dart: library, cuts the function bodies out of the token streams (finding them through the
// parsed tree), compiles the layers one on top of the other with recording builders, encodes
// the result, and checks it by compiling every prefix of layers again from it. Reading indexes
// the bytes once; each compile decodes the token streams of the files it declares and the
// Module of the layers it needs.
//
// Layout (ByteWriter encoding, module_io.h): magic, version; the string table of token values;
// the libraries, each with its layer, files (uri, text size, encoded token stream) and
// imports; the scope records; the layers, each with the number of functions up to it and the
// WriteModule bytes of the entries it adds to every table.
// A token is its kind, flags (newline before, string closes, unterminated), offset (as the
// distance from the previous token's), length and value (an index into the string table).

#include "compiler/stdlib_snapshot.h"

#include <algorithm>
#include <map>
#include <set>
#include <type_traits>

#include "compiler/diagnostics.h"
#include "compiler/lexer.h"
#include "compiler/parser.h"
#include "compiler/parser_internal.h"
#include "compiler/resolver.h"
#include "compiler/source.h"
#include "vm/bytecode/module_io.h"
#include "vm/bytecode/verifier.h"

namespace islet {

namespace {

constexpr uint8_t kNewlineBefore = 1;
constexpr uint8_t kStringCloses = 2;
constexpr uint8_t kUnterminated = 4;

// ---------------------------------------------------------------------------------------------
// Cutting bodies out of a token stream.

class BodyCutter {
 public:
  BodyCutter(const SourceFile* file, const std::vector<Token>& tokens, Diagnostics* diagnostics)
      : file_(file),
        tokens_(tokens),
        diagnostics_(diagnostics),
        drop_(tokens.size(), false),
        placeholder_(tokens.size(), false) {}

  // Marks the bodies of every function of [unit] whose code is precompiled: all but the
  // members of mixins (and mixin classes), which programs compile again into their classes.
  void CutUnit(const CompilationUnit& unit) {
    for (Decl* decl : unit.declarations) {
      switch (decl->kind) {
        case NodeKind::kFunctionDecl:
          Cut(static_cast<FunctionDecl*>(decl)->function, false);
          break;
        case NodeKind::kClassDecl: {
          auto* cd = static_cast<ClassDecl*>(decl);
          if (!cd->is_mixin_class) CutMembers(cd->members);
          break;
        }
        case NodeKind::kExtensionDecl:
          CutMembers(static_cast<ExtensionDecl*>(decl)->members);
          break;
        case NodeKind::kEnumDecl:
          CutMembers(static_cast<EnumDecl*>(decl)->members);
          break;
        default:  // Mixins, variables, typedefs: nothing to cut.
          break;
      }
    }
  }

  // The tokens left, with the placeholders of arrow bodies.
  std::vector<Token> Result() const {
    std::vector<Token> out;
    for (size_t i = 0; i < tokens_.size(); i++) {
      if (placeholder_[i]) {
        Token null_token;
        null_token.kind = TokenKind::kNull;
        null_token.offset = tokens_[i].offset;
        null_token.length = tokens_[i].length;
        null_token.newline_before = tokens_[i].newline_before;
        null_token.value = "null";
        out.push_back(null_token);
      }
      if (!drop_[i]) out.push_back(tokens_[i]);
    }
    return out;
  }

 private:
  void CutMembers(const std::vector<Decl*>& members) {
    for (Decl* member : members) {
      if (member->kind == NodeKind::kMethodDecl) {
        Cut(static_cast<MethodDecl*>(member)->function, false);
      } else if (member->kind == NodeKind::kConstructorDecl) {
        auto* cd = static_cast<ConstructorDecl*>(member);
        Cut(cd->function, !cd->initializers.empty());
      }
    }
  }

  // The index of the token at [offset], or SIZE_MAX.
  size_t TokenAt(uint32_t offset) const {
    auto it = std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                               [](const Token& t, uint32_t o) { return t.offset < o; });
    if (it == tokens_.end() || it->offset != offset) return SIZE_MAX;
    return static_cast<size_t>(it - tokens_.begin());
  }

  void Fail(uint32_t pos, const std::string& message) {
    diagnostics_->Error(file_, pos, "internal error: cannot precompile this function: " + message);
  }

  // [has_initializers]: a constructor with an initializer list, where a `=>` of a closure
  // could come before the body's.
  void Cut(FunctionNode* f, bool has_initializers) {
    if (f == nullptr) return;
    if (f->body != nullptr) {
      size_t open = TokenAt(f->body->pos);
      size_t close = TokenAt(f->end_pos);
      if (open == SIZE_MAX || close == SIZE_MAX || tokens_[open].kind != TokenKind::kLBrace ||
          tokens_[close].kind != TokenKind::kRBrace || close <= open) {
        Fail(f->pos, "its block body is not where the tree says");
        return;
      }
      for (size_t i = open + 1; i < close; i++) drop_[i] = true;
      return;
    }
    if (f->arrow_body == nullptr) return;
    if (has_initializers) {
      Fail(f->pos, "a constructor with initializers and an arrow body");
      return;
    }
    // The body's `=>` is the first one outside brackets after the declaration's start (the
    // parameters, their defaults and the return type are all bracketed or hold none).
    size_t start = TokenAt(f->pos);
    size_t last = TokenAt(f->end_pos);
    size_t arrow = SIZE_MAX;
    int depth = 0;
    for (size_t i = start; start != SIZE_MAX && i < tokens_.size() && i <= last; i++) {
      TokenKind k = tokens_[i].kind;
      if (k == TokenKind::kLParen || k == TokenKind::kLBracket || k == TokenKind::kLBrace ||
          k == TokenKind::kInterpolationStart) {
        depth++;
      } else if (k == TokenKind::kRParen || k == TokenKind::kRBracket || k == TokenKind::kRBrace ||
                 k == TokenKind::kInterpolationEnd) {
        depth--;
      } else if (k == TokenKind::kArrow && depth == 0) {
        arrow = i;
        break;
      }
    }
    if (arrow == SIZE_MAX || last == SIZE_MAX || arrow >= last) {
      Fail(f->pos, "its arrow body is not where the tree says");
      return;
    }
    for (size_t i = arrow + 1; i <= last; i++) drop_[i] = true;
    placeholder_[arrow + 1] = true;
  }

  const SourceFile* file_;
  const std::vector<Token>& tokens_;
  Diagnostics* diagnostics_;
  std::vector<bool> drop_;
  std::vector<bool> placeholder_;  // An arrow body's `null` goes before this token.
};

// ---------------------------------------------------------------------------------------------
// Writing.

class StringTable {
 public:
  // Index of [s]: 0 for "", else from 1.
  uint32_t Add(const std::string& s) {
    if (s.empty()) return 0;
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    strings_.push_back(s);
    uint32_t i = static_cast<uint32_t>(strings_.size());
    index_.emplace(s, i);
    return i;
  }
  const std::vector<std::string>& strings() const { return strings_; }

 private:
  std::vector<std::string> strings_;
  std::unordered_map<std::string, uint32_t> index_;
};

void WriteTokens(const std::vector<Token>& tokens, StringTable* strings, std::string* out) {
  ByteWriter w(out);
  w.Varint(tokens.size());
  uint32_t offset = 0;
  for (const Token& t : tokens) {
    w.U8(static_cast<uint8_t>(t.kind));
    w.U8((t.newline_before ? kNewlineBefore : 0) | (t.string_closes ? kStringCloses : 0) |
         (t.unterminated ? kUnterminated : 0));
    w.Varint(t.offset - offset);
    w.Varint(t.length);
    w.Varint(strings->Add(t.value));
    offset = t.offset;
  }
}

// The dart: libraries [unit]'s directives import or export, into [out].
void CollectImports(const CompilationUnit& unit, const std::string& library,
                    std::set<std::string>* out) {
  for (const Directive& d : unit.directives) {
    if (d.kind != Directive::kImport && d.kind != Directive::kExport) continue;
    std::string target = ResolveUri(library, d.uri);
    if (target.rfind("dart:", 0) == 0 && target != library) out->insert(target);
  }
}

// What a snapshot is made of, before it is encoded.
struct SnapshotParts {
  struct File {
    std::string uri;
    size_t text_size = 0;
    std::vector<Token> tokens;  // Bodies cut out.
  };
  struct Library {
    std::string uri;
    int layer = 0;
    std::vector<File> files;
    std::vector<std::string> imports;
  };
  std::vector<Library> libraries;
  std::vector<ScopeRecord> scopes;
  std::vector<size_t> layer_functions;     // Functions after each layer.
  std::vector<std::string> layer_modules;  // WriteModule bytes of each layer's entries.
};

// The snapshot of the libraries of [parts] in its first [layers] layers.
std::string Encode(const SnapshotParts& parts, int layers) {
  StringTable strings;
  std::string body;
  ByteWriter w(&body);
  size_t count = 0;
  for (const SnapshotParts::Library& library : parts.libraries) count += library.layer < layers;
  w.Varint(count);
  for (const SnapshotParts::Library& library : parts.libraries) {
    if (library.layer >= layers) continue;
    w.String(library.uri);
    w.Svarint(library.layer);
    w.Varint(library.files.size());
    for (const SnapshotParts::File& f : library.files) {
      std::string tokens;
      WriteTokens(f.tokens, &strings, &tokens);
      w.String(f.uri);
      w.Varint(f.text_size);
      w.String(tokens);
    }
    w.Varint(library.imports.size());
    for (const std::string& i : library.imports) w.String(i);
  }
  w.Varint(parts.scopes.size());
  for (const ScopeRecord& s : parts.scopes) {
    w.String(s.key);
    w.Svarint(s.first_function);
    w.Svarint(s.num_functions);
    w.Svarint(s.first_class);
    w.Svarint(s.num_classes);
    w.Svarint(s.first_global);
    w.Svarint(s.num_globals);
  }
  w.Varint(static_cast<uint64_t>(layers));
  for (int k = 0; k < layers; k++) {
    w.Varint(parts.layer_functions[k]);
    w.String(parts.layer_modules[k]);
  }
  std::string snapshot;
  ByteWriter head(&snapshot);
  head.U32(kStdlibSnapshotMagic);
  head.U32(kStdlibSnapshotVersion);
  head.Varint(strings.strings().size());
  for (const std::string& s : strings.strings()) head.String(s);
  snapshot += body;
  return snapshot;
}

// The entries [module] has beyond the table sizes of [before]: a layer's part of the Module.
Module Tail(const Module& module, const Module& before) {
  auto tail = [](const auto& all, const auto& prefix) {
    using Table = std::remove_cv_t<std::remove_reference_t<decltype(all)>>;
    return Table(all.begin() + static_cast<std::ptrdiff_t>(prefix.size()), all.end());
  };
  Module t;
  t.libraries = tail(module.libraries, before.libraries);
  t.names = tail(module.names, before.names);
  t.arg_descs = tail(module.arg_descs, before.arg_descs);
  t.types = tail(module.types, before.types);
  t.classes = tail(module.classes, before.classes);
  t.functions = tail(module.functions, before.functions);
  t.globals = tail(module.globals, before.globals);
  t.const_objects = tail(module.const_objects, before.const_objects);
  t.main_function = -1;
  return t;
}

bool SameSizes(const Module& a, const Module& b) {
  return a.libraries.size() == b.libraries.size() && a.names.size() == b.names.size() &&
         a.arg_descs.size() == b.arg_descs.size() && a.types.size() == b.types.size() &&
         a.classes.size() == b.classes.size() && a.functions.size() == b.functions.size() &&
         a.globals.size() == b.globals.size() && a.const_objects.size() == b.const_objects.size();
}

}  // namespace

bool WriteStdlibSnapshot(const std::vector<LibrarySource>& libraries,
                         const std::vector<std::vector<std::string>>& layers,
                         Diagnostics* diagnostics, std::string* out) {
  auto fail = [&](const std::string& message) {
    diagnostics->Error(nullptr, 0, "internal error: " + message);
    return false;
  };
  // Every library in one layer, importing none of a later layer.
  std::map<std::string, int> layer_of;
  for (size_t k = 0; k < layers.size(); k++) {
    for (const std::string& uri : layers[k]) layer_of[uri] = static_cast<int>(k);
  }
  // Parse everything from source, keeping each file's full token stream to cut the bodies from.
  SnapshotParts parts;
  std::vector<std::vector<std::unique_ptr<CompilationUnit>>> full_units(libraries.size());
  for (size_t l = 0; l < libraries.size(); l++) {
    auto layer = layer_of.find(libraries[l].uri);
    if (layer == layer_of.end()) return fail("'" + libraries[l].uri + "' is in no layer");
    SnapshotParts::Library library;
    library.uri = libraries[l].uri;
    library.layer = layer->second;
    std::set<std::string> imports;
    for (const SourceFile* source : libraries[l].files) {
      Lexer lexer(source, diagnostics);
      std::vector<Token> tokens = lexer.Tokenize();
      full_units[l].push_back(ParseCompilationUnit(source, diagnostics));
      CollectImports(*full_units[l].back(), library.uri, &imports);
      BodyCutter cutter(source, tokens, diagnostics);
      cutter.CutUnit(*full_units[l].back());
      library.files.push_back(
          SnapshotParts::File{source->uri(), source->text().size(), cutter.Result()});
    }
    for (const std::string& i : imports) {
      auto it = layer_of.find(i);
      if (it == layer_of.end() || it->second > library.layer) {
        return fail("'" + library.uri + "' imports '" + i + "' of a later layer");
      }
    }
    library.imports.assign(imports.begin(), imports.end());
    parts.libraries.push_back(std::move(library));
  }
  if (diagnostics->has_errors()) return false;

  // Each layer is compiled on top of the snapshot of the layers before it, declaring those
  // from their tokens as a program's compile does.
  Module before;
  std::vector<std::unique_ptr<Module>> prefixes;  // The Module of the first k + 1 layers.
  for (size_t k = 0; k < layers.size(); k++) {
    std::string earlier = Encode(parts, static_cast<int>(k));
    StdlibSnapshot snapshot;
    std::string error;
    if (!snapshot.Open(reinterpret_cast<const uint8_t*>(earlier.data()), earlier.size(), &error)) {
      return fail("a partial snapshot cannot be read: " + error);
    }
    std::vector<std::unique_ptr<CompilationUnit>> stripped;
    std::vector<LibraryInput> inputs;
    for (size_t l = 0; l < libraries.size(); l++) {
      if (parts.libraries[l].layer > static_cast<int>(k)) continue;
      LibraryInput input;
      input.uri = libraries[l].uri;
      for (size_t f = 0; f < libraries[l].files.size(); f++) {
        const SourceFile* source = libraries[l].files[f];
        CompilationUnit* unit = full_units[l][f].get();
        if (parts.libraries[l].layer < static_cast<int>(k)) {
          stripped.push_back(snapshot.ParseFile(source, diagnostics));
          if (stripped.back() == nullptr) return fail("'" + source->uri() + "' cannot be read");
          unit = stripped.back().get();
        }
        input.units.emplace_back(source, unit);
      }
      inputs.push_back(std::move(input));
    }
    std::unique_ptr<ModuleBuilder> builder;
    if (k == 0) {
      builder = std::make_unique<ModuleBuilder>();
    } else {
      builder = snapshot.NewBuilder(static_cast<int>(k), 0, &error);
      if (builder == nullptr) return fail("a partial snapshot cannot be decoded: " + error);
    }
    builder->StartRecording();
    std::unique_ptr<Module> module = CompileUnits(inputs, builder.get(), diagnostics);
    if (module == nullptr) return false;
    if (!VerifyModule(*module, &error)) {
      return fail("the code of the dart: libraries fails verification: " + error);
    }
    for (const ScopeRecord& r : builder->recorded_scopes()) parts.scopes.push_back(r);
    std::string bytes;
    WriteModule(Tail(*module, before), &bytes);
    parts.layer_functions.push_back(module->functions.size());
    parts.layer_modules.push_back(std::move(bytes));
    before = Tail(*module, Module());
    prefixes.push_back(std::move(module));
  }
  std::string snapshot = Encode(parts, static_cast<int>(layers.size()));

  // The check: the libraries of every prefix of layers, compiled from the snapshot, declare
  // exactly the elements their compile did (the builder's scope and precompiled-index checks)
  // and add nothing.
  StdlibSnapshot check;
  std::string error;
  if (!check.Open(reinterpret_cast<const uint8_t*>(snapshot.data()), snapshot.size(), &error)) {
    return fail("the snapshot written cannot be read: " + error);
  }
  for (size_t k = 0; k < layers.size(); k++) {
    std::vector<LibrarySource> prefix;
    for (size_t l = 0; l < libraries.size(); l++) {
      if (parts.libraries[l].layer <= static_cast<int>(k)) prefix.push_back(libraries[l]);
    }
    std::unique_ptr<Module> again = CompileProgram(prefix, diagnostics, &check);
    if (again == nullptr) return false;
    if (!SameSizes(*again, *prefixes[k])) {
      return fail("compiling the dart: libraries from their snapshot adds to their code");
    }
  }
  out->append(snapshot);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Reading.

const SnapshotLibrary* StdlibSnapshot::FindLibrary(const std::string& uri) const {
  for (const SnapshotLibrary& library : libraries_) {
    if (library.uri == uri) return &library;
  }
  return nullptr;
}

bool StdlibSnapshot::Open(const uint8_t* data, size_t size, std::string* error) {
  ByteReader r(data, size);
  uint32_t magic = r.U32();
  uint32_t version = r.U32();
  if (r.failed() || magic != kStdlibSnapshotMagic) {
    *error = "not a stdlib snapshot (bad magic number)";
    return false;
  }
  if (version != kStdlibSnapshotVersion) {
    *error = "stdlib snapshot version " + std::to_string(version) + ", this compiler reads " +
             std::to_string(kStdlibSnapshotVersion);
    return false;
  }
  strings_.assign(1, std::string_view());
  size_t num_strings = r.Count();
  strings_.reserve(num_strings + 1);
  for (size_t i = 0; i < num_strings; i++) strings_.push_back(r.StringView());
  libraries_.resize(r.Count(4));
  for (SnapshotLibrary& library : libraries_) {
    r.String(&library.uri);
    library.layer = r.Int(0, 0x7fffffff);
    library.files.resize(r.Count(3));
    for (std::string& file : library.files) {
      r.String(&file);
      FileTokens tokens;
      tokens.text_size = static_cast<size_t>(r.Varint());
      std::string_view stream = r.StringView();
      tokens.tokens = reinterpret_cast<const uint8_t*>(stream.data());
      tokens.tokens_size = stream.size();
      files_[file] = tokens;
      // The stream starts with its token count.
      ByteReader count(tokens.tokens, tokens.tokens_size);
      max_tokens_ = std::max(max_tokens_, static_cast<size_t>(count.Varint()));
    }
    library.imports.resize(r.Count());
    for (std::string& i : library.imports) r.String(&i);
  }
  scopes_.resize(r.Count(7));
  for (ScopeRecord& s : scopes_) {
    r.String(&s.key);
    s.first_function = r.Int(0, 0x7fffffff);
    s.num_functions = r.Int(0, 0x7fffffff);
    s.first_class = r.Int(0, 0x7fffffff);
    s.num_classes = r.Int(0, 0x7fffffff);
    s.first_global = r.Int(0, 0x7fffffff);
    s.num_globals = r.Int(0, 0x7fffffff);
  }
  layers_.resize(r.Count(2));
  for (Layer& layer : layers_) {
    layer.num_functions = static_cast<size_t>(r.Varint());
    std::string_view module = r.StringView();
    layer.module = reinterpret_cast<const uint8_t*>(module.data());
    layer.module_size = module.size();
  }
  for (const SnapshotLibrary& library : libraries_) {
    if (library.layer >= static_cast<int>(layers_.size())) r.Fail();
  }
  if (r.failed() || !r.at_end()) {
    *error = "the stdlib snapshot is truncated or malformed";
    return false;
  }
  return true;
}

std::unique_ptr<CompilationUnit> StdlibSnapshot::ParseFile(const SourceFile* source,
                                                           Diagnostics* diagnostics) const {
  auto it = files_.find(source->uri());
  if (it == files_.end() || it->second.text_size != source->text().size()) return nullptr;
  ByteReader r(it->second.tokens, it->second.tokens_size);
  size_t count = r.Count(5);
  // Every file's tokens get a vector of one capacity, so each reuses the memory the one
  // before it freed instead of touching fresh pages.
  std::vector<Token> tokens;
  tokens.reserve(std::max(count, max_tokens_));
  tokens.resize(count);
  uint32_t offset = 0;
  for (Token& t : tokens) {
    uint8_t kind = r.U8();
    uint8_t flags = r.U8();
    offset += static_cast<uint32_t>(r.Varint());
    t.offset = offset;
    t.length = static_cast<uint32_t>(r.Varint());
    uint64_t value = r.Varint();
    if (kind >= kTokenKindCount || value >= strings_.size() ||
        static_cast<uint64_t>(t.offset) + t.length > source->text().size()) {
      r.Fail();
      break;
    }
    t.kind = static_cast<TokenKind>(kind);
    t.newline_before = (flags & kNewlineBefore) != 0;
    t.string_closes = (flags & kStringCloses) != 0;
    t.unterminated = (flags & kUnterminated) != 0;
    t.value.assign(strings_[value].data(), strings_[value].size());
  }
  if (r.failed() || !r.at_end() || tokens.empty() || tokens.back().kind != TokenKind::kEof) {
    return nullptr;
  }
  auto unit = std::make_unique<CompilationUnit>();
  unit->source = source;
  Parser parser(source, diagnostics, unit.get(), std::move(tokens), UINT32_MAX);
  parser.ParseUnit();
  return unit;
}

std::unique_ptr<ModuleBuilder> StdlibSnapshot::NewBuilder(int layers, size_t extra_functions,
                                                          std::string* error) const {
  if (layers < 0 || layers > layer_count()) {
    *error = "no layer " + std::to_string(layers) + " in the stdlib snapshot";
    return nullptr;
  }
  auto module = std::make_unique<Module>();
  // The program's functions follow: room for them now spares moving the precompiled ones.
  module->functions.reserve((layers > 0 ? layers_[layers - 1].num_functions : 0) + extra_functions);
  for (int k = 0; k < layers; k++) {
    if (!AppendModule(layers_[k].module, layers_[k].module_size, module.get(), error)) {
      return nullptr;
    }
  }
  return std::make_unique<ModuleBuilder>(std::move(module), scopes_);
}

}  // namespace islet
