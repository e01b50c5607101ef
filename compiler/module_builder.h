// Building a Module piece by piece: ModuleBuilder interns the module-wide tables (names,
// argument descriptors, types) and hands out function, class, global and const-object slots;
// FunctionBuilder accumulates one function's code, constant pool, line table and handlers.
// Does not decide what code to emit (codegen*.cc) nor check it (vm/bytecode/verifier.cc).
// Invariant: every interned entry is deduplicated, and arg_descs[0] is the positional-only one.
//
// Precompiled code (the dart: libraries, compiler/stdlib_snapshot.h): a builder may start from
// a seed Module whose entries keep their indices. Each "scope" of declarations (the
// declarations of one dart: library, the mixin applications of one dart: class) got a
// contiguous run of function, class and global indices when the seed was compiled; a recording
// builder notes those runs (ScopeRecord), and a seeded builder hands the same indices out again
// when the resolver declares that scope anew, so the declarations meet their precompiled code.
// Outside every scope, a seeded builder appends after the seed.

#ifndef ISLET_COMPILER_MODULE_BUILDER_H_
#define ISLET_COMPILER_MODULE_BUILDER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/bytecode/bytecode.h"
#include "vm/bytecode/module.h"

namespace islet {

// The function, class and global indices one declaration scope took, in order (see above).
struct ScopeRecord {
  // "dart:core" for a library's declarations; "dart:core#C extends S with M" for the
  // application of M to S that class C of dart:core makes.
  std::string key;
  int first_function = 0;
  int num_functions = 0;
  int first_class = 0;
  int num_classes = 0;
  int first_global = 0;
  int num_globals = 0;
};

class ModuleBuilder {
 public:
  ModuleBuilder();
  // A builder continuing [seed]: its tables keep every entry and index, interning finds the
  // seed's names, types and argument descriptors, AddLibrary finds its libraries by uri, and
  // the scopes of [scopes] replay their indices (see above).
  ModuleBuilder(std::unique_ptr<Module> seed, const std::vector<ScopeRecord>& scopes);

  Module* module() { return module_.get(); }
  std::unique_ptr<Module> Finish() { return std::move(module_); }

  // Index of [name] in Module::names, adding it on first use.
  int InternName(std::string_view name);
  // Index of the descriptor with [positional] arguments and [named] names (indices into
  // Module::names, in call order); 0 when [named] is empty.
  int InternArgDesc(int positional, const std::vector<int>& named);
  // Index of an equal TypeDesc in Module::types, adding [type] when new.
  int InternType(const TypeDesc& type);

  // Appends an empty entry and returns its index; the caller fills it (functions are usually
  // filled at the end through SetFunction, since closures are added while a body compiles).
  // Inside a replayed scope, the index is the precompiled entry's instead (left as it is).
  int AddFunction();
  void ReserveFunctions(size_t count);
  void SetFunction(int index, FunctionDesc desc);
  int AddClass();
  int AddGlobal();
  int AddConstObject();
  // A seeded builder returns the index of the seed's library [uri] when it has one.
  int AddLibrary(std::string uri, std::string path);

  // --- Precompiled scopes (see the top of this file) ---
  // Starts recording the index runs of the scopes the builder does not replay (a builder
  // compiling what will be a seed, or a seeded one compiling what will continue it).
  void StartRecording() { recording_ = true; }
  // The runs recorded so far, in the order their scopes began.
  const std::vector<ScopeRecord>& recorded_scopes() const { return records_; }
  // Opens and closes the scope [key] (scopes do not nest). A seeded builder replays the seed's
  // scope of that key; one without it records it when recording, else reports a scope error.
  // Nothing happens in a builder that is neither seeded nor recording.
  void BeginScope(const std::string& key);
  void EndScope();
  // True when the entry was in the seed: its code is precompiled, not compiled again.
  bool IsSeededFunction(int index) const { return index >= 0 && index < seeded_functions_; }
  bool IsSeededClass(int index) const { return index >= 0 && index < seeded_classes_; }
  bool IsSeededGlobal(int index) const { return index >= 0 && index < seeded_globals_; }
  bool seeded() const { return seeded_; }
  // The first inconsistency met between the declarations and the seed or the scope rules
  // ("" when none): the compile reports it, since code compiled against it would be wrong.
  const std::string& scope_error() const { return scope_error_; }

 private:
  // The next index of the open replayed scope's run [first, first + count) of one table;
  // [used] counts what the scope took of it so far; [what] names the table for errors.
  int Replayed(int first, int count, int* used, const char* what);
  // Notes [index], just added, in the open recorded scope's run of one table.
  void Recorded(int index, int* first, int* count, const char* what);
  void ScopeError(const std::string& message);

  std::unique_ptr<Module> module_;
  std::unordered_map<std::string, int> names_;
  std::map<std::pair<int, std::vector<int>>, int> arg_descs_;
  std::map<std::string, int> types_;

  bool seeded_ = false;
  bool recording_ = false;
  int seeded_functions_ = 0;
  int seeded_classes_ = 0;
  int seeded_globals_ = 0;
  std::unordered_map<std::string, int> seeded_libraries_;       // uri -> index
  std::vector<ScopeRecord> seed_scopes_;                        // The replayed runs...
  std::unordered_map<std::string, const ScopeRecord*> scopes_;  // ...by key.
  std::vector<ScopeRecord> records_;                            // The recorded runs.
  const ScopeRecord* replay_ = nullptr;                         // The open replayed scope.
  ScopeRecord* record_ = nullptr;                               // The open recorded scope.
  bool in_scope_ = false;
  int used_functions_ = 0;
  int used_classes_ = 0;
  int used_globals_ = 0;
  std::string scope_error_;
};

// The code of one function under construction. Positions: SetPosition records the source
// position of the instructions emitted next; a LineEntry is added only when it changes.
class FunctionBuilder {
 public:
  FunctionBuilder() = default;

  FunctionDesc& desc() { return desc_; }
  FunctionDesc Finish() { return std::move(desc_); }

  // The pc of the next instruction.
  int pc() const { return static_cast<int>(desc_.code.size()); }
  const std::vector<uint32_t>& code() const { return desc_.code; }

  int EmitABC(Opcode op, int a, int b, int c);
  int EmitABx(Opcode op, int a, int bx);
  int EmitAsBx(Opcode op, int a, int sbx) { return EmitABx(op, a, sbx); }
  int EmitSAx(Opcode op, int sax);
  // Appends one operand word following an instruction.
  void EmitWord(uint32_t word) { desc_.code.push_back(word); }

  // Rewrites the offset of the jump at [jump_pc] so it lands on [target]. Returns false when
  // the distance does not fit the jump's operand.
  bool PatchJump(int jump_pc, int target);
  // The opcode of the last instruction emitted (kNop when there is none).
  Opcode last_op() const { return last_pc_ < 0 ? Opcode::kNop : DecodeOp(desc_.code[last_pc_]); }
  int last_pc() const { return last_pc_; }
  // Removes the last instruction (peephole use only; never when a jump may target it).
  void RemoveLast();
  // Replaces the word at [pc].
  void SetWord(int pc, uint32_t word) { desc_.code[pc] = word; }

  // Constant pool entries, deduplicated; -1 when the pool is full (kMaxBx + 1 entries).
  int IntConstant(int64_t value);
  int DoubleConstant(double value);
  int StringConstant(std::string_view value);
  int BoolConstant(bool value);
  int NullConstant();

  // A fresh inline-cache index.
  int NewIc() { return desc_.num_ics++; }

  void SetPosition(int line, int column) {
    line_ = line;
    column_ = column;
  }

  // Adds an exception handler (callers add them innermost first).
  void AddHandler(const HandlerDesc& handler) { desc_.handlers.push_back(handler); }

 private:
  int Add(uint32_t word);
  int AddConstant(const Constant& constant, const std::string& key);

  FunctionDesc desc_;
  int last_pc_ = -1;
  int line_ = 0;
  int column_ = 0;
  std::unordered_map<std::string, int> constants_;
};

}  // namespace islet

#endif  // ISLET_COMPILER_MODULE_BUILDER_H_
