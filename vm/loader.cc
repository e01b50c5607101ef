// The loader: Module -> Program. Lays out classes (slots, flattened member tables, supertype
// sets), binds functions to their code, constant pools and natives, and maps the VM's
// predefined class ids to the dart:core classes that describe them.
// Does not run anything (interpreter.cc) and does not check bytecode (bytecode/verifier.cc).

#include <mimalloc.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>

#include "vm/program.h"
#include "vm/strings.h"

namespace islet {

namespace {

// The Dart class that describes each predefined class id ("" for VM-only ids).
const char* const kPredefinedDartClass[] = {
#define ISLET_CID_DART_NAME(name, dart_class, body) dart_class,
    ISLET_CLASS_IDS(ISLET_CID_DART_NAME)
#undef ISLET_CID_DART_NAME
};
const char* const kPredefinedName[] = {
#define ISLET_CID_NAME(name, dart_class, body) #name,
    ISLET_CLASS_IDS(ISLET_CID_NAME)
#undef ISLET_CID_NAME
};

// The body of an external function whose native the stdlib does not provide: calling it is a
// clear runtime error rather than a crash or a silent no-op.
Value MissingNative(Interpreter* vm, Value* args, int argc) {
  return natives::ThrowUnsupportedError(vm, "This external member has no native implementation");
}

}  // namespace

HeapObject* AllocateImmortal(uint32_t cid, size_t size_words, uint8_t flags) {
  auto* o = static_cast<HeapObject*>(mi_zalloc_aligned(size_words * kWordSize, 8));
  o->set_header(
      HeapObject::MakeHeader(cid, static_cast<uint32_t>(size_words), flags | kImmortalBit));
  if (!(flags & kRawBodyBit)) {
    for (uint32_t i = 0; i + 1 < size_words; i++) o->slots()[i] = Value::Null();
  }
  return o;
}

Program::~Program() {
  for (void* p : immortal_objects_) mi_free(p);
}

int Program::NameId(std::string_view name) const {
  auto it = name_ids_.find(std::string(name));
  return it == name_ids_.end() ? -1 : it->second;
}

Function* Program::CoreFunction(std::string_view name) const {
  auto it = core_functions_.find(std::string(name));
  return it == core_functions_.end() ? nullptr : const_cast<Function*>(&functions_[it->second]);
}

std::string Program::Signature(const FunctionDesc& d) const {
  if (!d.signature.empty()) return d.signature;
  std::string text = "(";
  int printed = 0;
  auto separator = [&]() {
    if (printed++ > 0) text += ", ";
  };
  for (int i = 0; i < d.num_required; i++) {
    separator();
    text += "dynamic";
  }
  if (d.num_optional_positional > 0) {
    separator();
    text += "[";
    for (int i = 0; i < d.num_optional_positional; i++) text += i > 0 ? ", dynamic" : "dynamic";
    text += "]";
  }
  // The hidden parameter of a generic function's type arguments is no parameter to Dart.
  std::string named;
  for (size_t i = 0; i < d.named_params.size(); i++) {
    if (d.named_params[i] == type_args_name_) continue;
    if (!named.empty()) named += ", ";
    if (i < d.named_required.size() && d.named_required[i]) named += "required ";
    named += "dynamic " + Name(d.named_params[i]);
  }
  if (!named.empty()) {
    separator();
    text += "{" + named + "}";
  }
  return text + ") => dynamic";
}

Function* Program::LibraryFunction(std::string_view library, std::string_view name) const {
  const Module& m = *module_;
  for (size_t i = 0; i < m.functions.size(); i++) {
    const FunctionDesc& f = m.functions[i];
    if (f.kind == FunctionDesc::kTopLevel && !f.is_setter && f.name == name && f.library >= 0 &&
        m.libraries[f.library].uri == library) {
      return const_cast<Function*>(&functions_[i]);
    }
  }
  return nullptr;
}

Class* Program::CoreClass(std::string_view name) const {
  auto it = core_classes_.find(std::string(name));
  return it == core_classes_.end() ? nullptr : const_cast<Class*>(&classes_[it->second]);
}

const Member InlineCache::kEmpty;

Value Program::InternString(std::string_view utf8) {
  std::string key(utf8);
  auto it = interned_strings_.find(key);
  if (it != interned_strings_.end()) return it->second;
  std::u16string units = Utf8ToUtf16(utf8);
  bool one_byte = true;
  for (char16_t u : units) one_byte &= u <= 0xff;
  size_t words = StringSizeWords(static_cast<uint32_t>(units.size()), one_byte);
  HeapObject* o = AllocateImmortal(one_byte ? kOneByteStringCid : kTwoByteStringCid, words,
                                   kRawBodyBit | kCanonicalBit);
  immortal_objects_.push_back(o);
  *reinterpret_cast<uint64_t*>(o->bytes()) = units.size();
  Value s = Value::Object(o);
  for (size_t i = 0; i < units.size(); i++) {
    if (one_byte) {
      OneByteDataMut(s)[i] = static_cast<uint8_t>(units[i]);
    } else {
      TwoByteDataMut(s)[i] = units[i];
    }
  }
  // Cache the hash now: immortal strings are shared by isolates on other threads and must never
  // be written afterwards.
  SetStringCachedHash(s, StringHash(s));
  interned_strings_.emplace(std::move(key), s);
  return s;
}

class Loader {
 public:
  Loader(Program* p, NativeResolver natives) : p_(p), natives_(natives) {}

  bool Load(std::string* error) {
    const Module& m = *p_->module_;
    for (size_t i = 0; i < m.names.size(); i++) p_->name_ids_.emplace(m.names[i], (int)i);
    p_->types_ = std::make_unique<TypeRegistry>(&m);
    p_->type_args_name_ = p_->NameId(kTypeArgumentsParam);
    int core_library = -1;
    for (size_t i = 0; i < m.libraries.size(); i++) {
      if (m.libraries[i].uri == "dart:core") core_library = static_cast<int>(i);
    }
    core_library_ = core_library;
    type_args_field_ = p_->NameId("_typeArguments");
    p_->classes_.resize(m.classes.size());
    for (size_t i = 0; i < m.classes.size(); i++) {
      Class& c = p_->classes_[i];
      c.desc = &m.classes[i];
      c.index = static_cast<int>(i);
      c.cid = Program::CidOfClass(static_cast<int>(i));
      c.name = c.desc->name;
      if (c.desc->library == core_library) p_->core_classes_.emplace(c.name, (int)i);
    }
    for (size_t i = 0; i < m.functions.size(); i++) {
      const FunctionDesc& f = m.functions[i];
      if (f.library == core_library && f.kind == FunctionDesc::kTopLevel && !f.is_setter) {
        p_->core_functions_.emplace(f.name, (int)i);
      }
    }
    p_->object_class_ = p_->CoreClass("Object");
    if (p_->object_class_ == nullptr) {
      *error = "dart:core has no class Object";
      return false;
    }
    // Class ids: predefined ids first, then one per module class.
    p_->cid_to_class_.resize(kNumPredefinedCids + m.classes.size());
    for (uint32_t cid = 0; cid < kNumPredefinedCids; cid++) {
      Class* c = kPredefinedDartClass[cid][0] ? p_->CoreClass(kPredefinedDartClass[cid]) : nullptr;
      if (c == nullptr) {
        // A VM-only id (or a dart:core without that class, as in small unit-test cores): it
        // gets an empty class extending Object so lookups fail cleanly.
        auto vm_class = std::make_unique<Class>();
        vm_class->name =
            kPredefinedDartClass[cid][0] ? kPredefinedDartClass[cid] : kPredefinedName[cid];
        vm_class->cid = cid;
        vm_class->superclass = p_->object_class_;
        c = vm_class.get();
        p_->vm_classes_.push_back(std::move(vm_class));
      }
      p_->cid_to_class_[cid] = c;
    }
    for (size_t i = 0; i < m.classes.size(); i++) {
      p_->cid_to_class_[kNumPredefinedCids + i] = &p_->classes_[i];
    }
    BindFunctions();
    state_.assign(m.classes.size(), 0);
    for (size_t i = 0; i < m.classes.size(); i++) {
      if (!LayOut(static_cast<int>(i), error)) return false;
    }
    // VM-only classes inherit Object's members (toString, ==, hashCode).
    for (auto& vc : p_->vm_classes_) {
      vc->getters = p_->object_class_->getters;
      vc->setters = p_->object_class_->setters;
      vc->supertypes = p_->object_class_->supertypes;
    }
    StampMemberClassIds();
    BuildNoSuchMethodDispatchers();
    // Error's `_stackTrace` field, which a throw fills in (Program::error_trace_slot).
    p_->error_class_ = p_->CoreClass("Error");
    if (p_->error_class_ != nullptr) {
      const Member* trace = p_->error_class_->FindOwnGetter(p_->NameId("_stackTrace"));
      if (trace != nullptr && trace->kind == Member::kField) p_->error_trace_slot_ = trace->slot;
    }
    if (m.main_function >= 0) p_->main_ = &p_->functions_[m.main_function];
    return true;
  }

 private:
  // Marks each entry of each class's member tables with the class ids it belongs to, so an
  // inline cache holding a pointer to the entry knows which receivers it is valid for.
  void StampMemberClassIds() {
    // The first run of consecutive ids of each class: a Dart class behind predefined ids (List:
    // Array, ImmutableArray, GrowableList) also has a module id of its own that no instance
    // carries, which must not widen the range over the ids between them.
    std::unordered_map<Class*, std::pair<uint32_t, uint32_t>> ranges;
    for (uint32_t cid = 0; cid < p_->cid_to_class_.size(); cid++) {
      Class* c = p_->cid_to_class_[cid];
      if (c == nullptr) continue;
      auto it = ranges.find(c);
      if (it == ranges.end()) {
        ranges.emplace(c, std::make_pair(cid, cid));
      } else if (it->second.second + 1 == cid) {
        it->second.second = cid;
      }
    }
    for (auto& [c, range] : ranges) {
      for (auto* table : {&c->getters, &c->setters}) {
        for (auto& [name, member] : *table) {
          member.cid_first = range.first;
          member.cid_span = range.second - range.first;
        }
      }
    }
  }

  // Classes overriding noSuchMethod get a dispatcher for every name they lack (Class::
  // nsm_members). The entries keep the default class-id range, so no inline cache keeps them.
  void BuildNoSuchMethodDispatchers() {
    int nsm = p_->NameId("noSuchMethod");
    if (nsm < 0) return;
    std::vector<Class*> overriding;
    for (Class& c : p_->classes_) {
      const Member* m = c.FindOwnGetter(nsm);
      if (m != nullptr && m->kind == Member::kMethod && m->function != nullptr &&
          m->function->owner != p_->object_class_) {
        overriding.push_back(&c);
      }
    }
    if (overriding.empty()) return;
    const Module& m = *p_->module_;
    p_->nsm_desc_.name = "noSuchMethod";
    p_->nsm_desc_.kind = FunctionDesc::kMethod;
    p_->nsm_desc_.num_required = 1;
    p_->nsm_dispatchers_.resize(m.names.size());
    p_->nsm_members_.resize(m.names.size());
    const std::string* core_uri = p_->object_class_->desc != nullptr
                                      ? &m.libraries[p_->object_class_->desc->library].uri
                                      : nullptr;
    for (size_t i = 0; i < m.names.size(); i++) {
      Function& f = p_->nsm_dispatchers_[i];
      f.desc = &p_->nsm_desc_;
      f.native = NoSuchMethodDispatcher;
      f.num_params = 1;
      f.num_registers = 2;
      f.simple_args = false;  // Always through AdaptArguments, which builds the Invocation.
      f.nsm_name = static_cast<int>(i);
      f.library_uri = core_uri;
      Member& member = p_->nsm_members_[i];
      member.kind = Member::kMethod;
      member.function = &f;
    }
    for (Class* c : overriding) c->nsm_members = p_->nsm_members_.data();
  }

  void BindFunctions() {
    const Module& m = *p_->module_;
    p_->functions_.resize(m.functions.size());
    for (size_t i = 0; i < m.functions.size(); i++) {
      const FunctionDesc& d = m.functions[i];
      Function& f = p_->functions_[i];
      f.desc = &d;
      f.index = static_cast<int>(i);
      f.code = d.code.data();
      f.num_registers = std::max(d.num_registers, 1);
      f.num_params =
          d.num_required + d.num_optional_positional + static_cast<int>(d.named_params.size());
      f.simple_args = d.num_optional_positional == 0 && d.named_params.empty();
      f.owner = d.owner_class >= 0 ? &p_->classes_[d.owner_class] : nullptr;
      if (d.library >= 0) f.library_uri = &m.libraries[d.library].uri;
      if (!d.constants.empty()) {
        auto pool = std::make_unique<Value[]>(d.constants.size());
        for (size_t k = 0; k < d.constants.size(); k++) pool[k] = Materialize(d.constants[k]);
        f.constants = pool.get();
        p_->constant_pools_.push_back(std::move(pool));
      }
      if (d.num_ics > 0) {
        auto ics = std::make_unique<InlineCache[]>(d.num_ics);
        f.ics = ics.get();
        p_->ic_storage_.push_back(std::move(ics));
      }
      if (d.is_external) {
        f.native = natives_ != nullptr ? natives_(d.native_name) : nullptr;
        if (f.native == nullptr) f.native = MissingNative;
      }
    }
  }

  Value Materialize(const Constant& c) {
    switch (c.kind) {
      case Constant::kNull:
        return Value::Null();
      case Constant::kBool:
        return Value::Bool(c.int_value != 0);
      case Constant::kInt: {
        if (Value::IsSmiValue(c.int_value)) return Value::Smi(c.int_value);
        auto key = std::make_pair(false, static_cast<uint64_t>(c.int_value));
        auto it = numbers_.find(key);
        if (it != numbers_.end()) return it->second;
        HeapObject* o = AllocateImmortal(kMintCid, 2, kRawBodyBit | kCanonicalBit);
        std::memcpy(o->bytes(), &c.int_value, 8);
        p_->immortal_objects_.push_back(o);
        return numbers_[key] = Value::Object(o);
      }
      case Constant::kDouble: {
        uint64_t bits;
        std::memcpy(&bits, &c.double_value, 8);
        auto key = std::make_pair(true, bits);
        auto it = numbers_.find(key);
        if (it != numbers_.end()) return it->second;
        HeapObject* o = AllocateImmortal(kDoubleCid, 2, kRawBodyBit | kCanonicalBit);
        std::memcpy(o->bytes(), &c.double_value, 8);
        p_->immortal_objects_.push_back(o);
        return numbers_[key] = Value::Object(o);
      }
      case Constant::kString:
        return p_->InternString(c.string_value);
    }
    return Value::Null();
  }

  // Lays out class [i] after its superclass and interfaces (memoized; cycles are errors).
  bool LayOut(int i, std::string* error) {
    if (state_[i] == 2) return true;
    if (state_[i] == 1) {
      *error = "class hierarchy cycle through " + p_->classes_[i].name;
      return false;
    }
    state_[i] = 1;
    Class& c = p_->classes_[i];
    const ClassDesc& d = *c.desc;
    c.supertypes.assign((p_->classes_.size() + 63) / 64, 0);
    c.supertypes[i >> 6] |= uint64_t{1} << (i & 63);
    if (d.superclass >= 0) {
      if (!LayOut(d.superclass, error)) return false;
      Class& s = p_->classes_[d.superclass];
      c.superclass = &s;
      c.num_slots = s.num_slots;
      c.late_slots = s.late_slots;
      c.getters = s.getters;
      c.setters = s.setters;
      for (size_t w = 0; w < c.supertypes.size(); w++) c.supertypes[w] |= s.supertypes[w];
    }
    for (int iface : d.interfaces) {
      if (!LayOut(iface, error)) return false;
      const Class& s = p_->classes_[iface];
      for (size_t w = 0; w < c.supertypes.size(); w++) c.supertypes[w] |= s.supertypes[w];
    }
    if (d.superclass >= 0) c.type_args_slot = p_->classes_[d.superclass].type_args_slot;
    for (const FieldDesc& f : d.fields) {
      Member m;
      m.kind = Member::kField;
      m.slot = c.num_slots++;
      if (type_args_field_ >= 0 && f.name == type_args_field_ && d.library == core_library_) {
        c.type_args_slot = m.slot;
      }
      m.is_final = f.is_final;
      m.is_late = f.is_late;
      if (f.is_late) c.late_slots.push_back(m.slot);
      c.getters[f.name] = m;
      if (!f.is_final || f.is_late) {
        c.setters[f.name] = m;
      } else {
        c.setters.erase(f.name);
      }
    }
    for (const MemberDesc& md : d.members) {
      if (md.function < 0) continue;  // Abstract: the implementation comes from elsewhere.
      Member m;
      m.function = &p_->functions_[md.function];
      switch (md.kind) {
        case MemberDesc::kMethod:
          m.kind = Member::kMethod;
          c.getters[md.name] = m;
          c.setters.erase(md.name);
          break;
        case MemberDesc::kGetter:
          m.kind = Member::kGetter;
          c.getters[md.name] = m;
          break;
        case MemberDesc::kSetter:
          m.kind = Member::kSetter;
          c.setters[md.name] = m;
          break;
      }
    }
    int eq = p_->NameId("==");
    const Member* eq_member = eq >= 0 ? c.FindGetter(eq) : nullptr;
    c.default_equals = eq_member == nullptr || eq_member->function == nullptr ||
                       eq_member->function->owner == p_->object_class_;
    state_[i] = 2;
    return true;
  }

  Program* p_;
  NativeResolver natives_;
  // The field that holds an instance's type arguments, when a dart:core class declares it
  // (Class::type_args_slot).
  int type_args_field_ = -1;
  int core_library_ = -1;
  std::vector<uint8_t> state_;  // Per class: 0 new, 1 in progress, 2 laid out.
  std::map<std::pair<bool, uint64_t>, Value> numbers_;
};

std::unique_ptr<Program> LoadProgram(std::unique_ptr<Module> module, NativeResolver natives,
                                     std::string* error) {
  auto program = std::unique_ptr<Program>(new Program());
  program->module_ = std::move(module);
  Loader loader(program.get(), natives);
  if (!loader.Load(error)) return nullptr;
  return program;
}

}  // namespace islet
