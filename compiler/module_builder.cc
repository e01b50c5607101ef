// ModuleBuilder and FunctionBuilder: interning of module tables and constant pools, encoding of
// instructions and jump patching. Emits whatever it is told: the choice of code is codegen's.

#include "compiler/module_builder.h"

#include <cstring>

namespace islet {

namespace {

// The key under which InternType deduplicates [type].
std::string TypeKey(const TypeDesc& type) {
  std::string key = std::to_string(type.kind) + ":" + (type.nullable ? "?" : "") + ":" +
                    std::to_string(type.class_index) + ":" + type.name + ":";
  for (int arg : type.args) key += std::to_string(arg) + ",";
  return key;
}

}  // namespace

ModuleBuilder::ModuleBuilder() : module_(std::make_unique<Module>()) {
  module_->arg_descs.push_back(ArgDesc{});
  arg_descs_[{0, {}}] = 0;
}

ModuleBuilder::ModuleBuilder(std::unique_ptr<Module> seed, const std::vector<ScopeRecord>& scopes)
    : module_(std::move(seed)), seeded_(true), seed_scopes_(scopes) {
  Module& m = *module_;
  if (m.arg_descs.empty()) m.arg_descs.push_back(ArgDesc{});
  names_.reserve(m.names.size() * 2);
  for (size_t i = 0; i < m.names.size(); i++) names_.emplace(m.names[i], static_cast<int>(i));
  for (size_t i = 0; i < m.arg_descs.size(); i++) {
    arg_descs_.emplace(std::make_pair(m.arg_descs[i].positional, m.arg_descs[i].named),
                       static_cast<int>(i));
  }
  for (size_t i = 0; i < m.types.size(); i++) types_.emplace(TypeKey(m.types[i]), (int)i);
  for (size_t i = 0; i < m.libraries.size(); i++) {
    seeded_libraries_.emplace(m.libraries[i].uri, static_cast<int>(i));
  }
  seeded_functions_ = static_cast<int>(m.functions.size());
  seeded_classes_ = static_cast<int>(m.classes.size());
  seeded_globals_ = static_cast<int>(m.globals.size());
  for (const ScopeRecord& r : seed_scopes_) scopes_.emplace(r.key, &r);
}

int ModuleBuilder::InternName(std::string_view name) {
  auto it = names_.find(std::string(name));
  if (it != names_.end()) return it->second;
  int index = static_cast<int>(module_->names.size());
  module_->names.emplace_back(name);
  names_.emplace(std::string(name), index);
  return index;
}

int ModuleBuilder::InternArgDesc(int positional, const std::vector<int>& named) {
  // Every positional-only call shares descriptor 0: the VM reads the count from the B operand.
  if (named.empty()) return 0;
  auto key = std::make_pair(positional, named);
  auto it = arg_descs_.find(key);
  if (it != arg_descs_.end()) return it->second;
  int index = static_cast<int>(module_->arg_descs.size());
  module_->arg_descs.push_back(ArgDesc{positional, named});
  arg_descs_[key] = index;
  return index;
}

int ModuleBuilder::InternType(const TypeDesc& type) {
  std::string key = TypeKey(type);
  auto it = types_.find(key);
  if (it != types_.end()) return it->second;
  int index = static_cast<int>(module_->types.size());
  module_->types.push_back(type);
  types_[key] = index;
  return index;
}

void ModuleBuilder::ReserveFunctions(size_t count) {
  module_->functions.reserve(module_->functions.size() + count);
}

int ModuleBuilder::AddFunction() {
  if (in_scope_) {
    if (replay_ != nullptr) {
      return Replayed(replay_->first_function, replay_->num_functions, &used_functions_,
                      "function");
    }
    if (record_ != nullptr) {
      Recorded(static_cast<int>(module_->functions.size()), &record_->first_function,
               &record_->num_functions, "function");
    }
  }
  module_->functions.emplace_back();
  return static_cast<int>(module_->functions.size()) - 1;
}

void ModuleBuilder::SetFunction(int index, FunctionDesc desc) {
  module_->functions[index] = std::move(desc);
}

int ModuleBuilder::AddClass() {
  if (in_scope_) {
    if (replay_ != nullptr) {
      return Replayed(replay_->first_class, replay_->num_classes, &used_classes_, "class");
    }
    if (record_ != nullptr) {
      Recorded(static_cast<int>(module_->classes.size()), &record_->first_class,
               &record_->num_classes, "class");
    }
  }
  module_->classes.emplace_back();
  return static_cast<int>(module_->classes.size()) - 1;
}

int ModuleBuilder::AddGlobal() {
  if (in_scope_) {
    if (replay_ != nullptr) {
      return Replayed(replay_->first_global, replay_->num_globals, &used_globals_, "global");
    }
    if (record_ != nullptr) {
      Recorded(static_cast<int>(module_->globals.size()), &record_->first_global,
               &record_->num_globals, "global");
    }
  }
  module_->globals.emplace_back();
  return static_cast<int>(module_->globals.size()) - 1;
}

int ModuleBuilder::AddConstObject() {
  module_->const_objects.emplace_back();
  return static_cast<int>(module_->const_objects.size()) - 1;
}

int ModuleBuilder::AddLibrary(std::string uri, std::string path) {
  if (seeded_) {
    auto it = seeded_libraries_.find(uri);
    if (it != seeded_libraries_.end()) return it->second;
  }
  module_->libraries.push_back(LibraryDesc{std::move(uri), std::move(path)});
  return static_cast<int>(module_->libraries.size()) - 1;
}

void ModuleBuilder::BeginScope(const std::string& key) {
  if (!seeded_ && !recording_) return;
  if (in_scope_) {
    ScopeError("scope '" + key + "' opened inside another one");
    return;
  }
  in_scope_ = true;
  auto it = scopes_.find(key);
  if (it != scopes_.end()) {
    replay_ = it->second;
    used_functions_ = used_classes_ = used_globals_ = 0;
    return;
  }
  if (recording_) {
    records_.push_back(ScopeRecord{key});
    record_ = &records_.back();
    return;
  }
  // Its entries are appended: the compile fails on the error anyway.
  ScopeError("no precompiled declarations for '" + key + "'");
}

void ModuleBuilder::EndScope() {
  if (!in_scope_) return;
  if (replay_ != nullptr &&
      (used_functions_ != replay_->num_functions || used_classes_ != replay_->num_classes ||
       used_globals_ != replay_->num_globals)) {
    ScopeError(
        "'" + replay_->key + "' declares " + std::to_string(used_functions_) + " functions, " +
        std::to_string(used_classes_) + " classes and " + std::to_string(used_globals_) +
        " globals; the precompiled code has " + std::to_string(replay_->num_functions) + ", " +
        std::to_string(replay_->num_classes) + " and " + std::to_string(replay_->num_globals));
  }
  in_scope_ = false;
  replay_ = nullptr;
  record_ = nullptr;
}

int ModuleBuilder::Replayed(int first, int count, int* used, const char* what) {
  if (*used >= count) {
    ScopeError("'" + replay_->key + "' declares more " + what + "s than were precompiled");
    (*used)++;
    return first + count - 1 >= 0 ? first + count - 1 : 0;
  }
  return first + (*used)++;
}

void ModuleBuilder::Recorded(int index, int* first, int* count, const char* what) {
  if (*count == 0) *first = index;
  if (index != *first + *count) {
    ScopeError(std::string("the ") + what + "s of '" + record_->key + "' are not contiguous");
  }
  (*count)++;
}

void ModuleBuilder::ScopeError(const std::string& message) {
  if (scope_error_.empty()) scope_error_ = message;
}

// ---------------------------------------------------------------------------------------------

int FunctionBuilder::Add(uint32_t word) {
  int at = pc();
  // A position is recorded at the first instruction after it changes, so consecutive
  // instructions of one statement share an entry.
  if (line_ > 0 && (desc_.lines.empty() || desc_.lines.back().line != line_ ||
                    desc_.lines.back().column != column_)) {
    if (!desc_.lines.empty() && desc_.lines.back().pc == static_cast<uint32_t>(at)) {
      desc_.lines.back().line = line_;
      desc_.lines.back().column = column_;
    } else {
      desc_.lines.push_back(LineEntry{static_cast<uint32_t>(at), line_, column_});
    }
  }
  desc_.code.push_back(word);
  last_pc_ = at;
  return at;
}

int FunctionBuilder::EmitABC(Opcode op, int a, int b, int c) { return Add(EncodeABC(op, a, b, c)); }

int FunctionBuilder::EmitABx(Opcode op, int a, int bx) { return Add(EncodeABx(op, a, bx)); }

int FunctionBuilder::EmitSAx(Opcode op, int sax) { return Add(EncodeSAx(op, sax)); }

bool FunctionBuilder::PatchJump(int jump_pc, int target) {
  uint32_t word = desc_.code[jump_pc];
  Opcode op = DecodeOp(word);
  int offset = target - (jump_pc + InstructionLength(op));
  if (IsCompareJump(op)) {
    // The offset lives in the operand word, above the bit that says which outcome jumps.
    if (offset < -(1 << 30) || offset >= (1 << 30)) return false;
    uint32_t& w1 = desc_.code[jump_pc + 1];
    w1 = (static_cast<uint32_t>(offset) << 1) | (w1 & 1);
  } else if (InfoOf(op).format == OperandFormat::ksAx) {
    if (offset < kMinSAx || offset > kMaxSAx) return false;
    desc_.code[jump_pc] = EncodeSAx(op, offset);
  } else {
    if (offset < kMinSBx || offset > kMaxSBx) return false;
    desc_.code[jump_pc] = EncodeABx(op, DecodeA(word), offset);
  }
  return true;
}

void FunctionBuilder::RemoveLast() {
  if (last_pc_ < 0) return;
  desc_.code.resize(last_pc_);
  while (!desc_.lines.empty() && desc_.lines.back().pc >= static_cast<uint32_t>(last_pc_)) {
    desc_.lines.pop_back();
  }
  last_pc_ = -1;
}

int FunctionBuilder::AddConstant(const Constant& constant, const std::string& key) {
  auto it = constants_.find(key);
  if (it != constants_.end()) return it->second;
  if (desc_.constants.size() > static_cast<size_t>(kMaxBx)) return -1;
  int index = static_cast<int>(desc_.constants.size());
  desc_.constants.push_back(constant);
  constants_.emplace(key, index);
  return index;
}

int FunctionBuilder::IntConstant(int64_t value) {
  Constant c;
  c.kind = Constant::kInt;
  c.int_value = value;
  return AddConstant(c, "i" + std::to_string(value));
}

int FunctionBuilder::DoubleConstant(double value) {
  Constant c;
  c.kind = Constant::kDouble;
  c.double_value = value;
  // Keyed by bits, so 0.0 and -0.0 stay distinct and every NaN maps to one entry per pattern.
  uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return AddConstant(c, "d" + std::to_string(bits));
}

int FunctionBuilder::StringConstant(std::string_view value) {
  Constant c;
  c.kind = Constant::kString;
  c.string_value = std::string(value);
  return AddConstant(c, "s" + std::string(value));
}

int FunctionBuilder::BoolConstant(bool value) {
  Constant c;
  c.kind = Constant::kBool;
  c.int_value = value ? 1 : 0;
  return AddConstant(c, value ? "btrue" : "bfalse");
}

int FunctionBuilder::NullConstant() {
  Constant c;
  return AddConstant(c, "n");
}

}  // namespace islet
