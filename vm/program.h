// The Program: a loaded Module, ready to run. Built once per isolate group by the loader
// (loader.cc) and read-only afterwards except for inline caches, which are benign caches.
// It owns classes with flattened member tables, runtime functions bound to their code,
// constants materialized as immortal objects (interned, so equal literals are identical), and
// the class id -> class map.
//
// Does not own per-isolate state (global values, const-object caches, heaps): the Interpreter.

#ifndef ISLET_VM_PROGRAM_H_
#define ISLET_VM_PROGRAM_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/bytecode/module.h"
#include "vm/native.h"
#include "vm/object.h"
#include "vm/runtime_types.h"
#include "vm/value.h"

namespace islet {

struct Function;
struct Class;

// What a name means on a class: found once per call site, then cached in an InlineCache.
struct Member {
  enum Kind : uint8_t { kNone, kField, kMethod, kGetter, kSetter };
  Kind kind = kNone;
  bool is_final = false;         // kField.
  bool is_late = false;          // kField.
  int slot = -1;                 // kField.
  Function* function = nullptr;  // kMethod, kGetter, kSetter.
  // The class ids this entry is valid for: [cid_first, cid_first + cid_span]. Set by the loader
  // on the entries of each class's tables (a Dart class behind several predefined ids, such
  // as List, covers all of them); the default matches no class.
  uint32_t cid_first = 0xffffffffu;
  uint32_t cid_span = 0;
  bool Matches(uint32_t cid) const { return cid - cid_first <= cid_span; }
};

// A monomorphic cache of one call site or property access: the member entry it last used,
// which says which class ids it holds for. Isolates of a group run the same code on several
// threads, so the cache is one pointer, read and written atomically: an entry is immutable
// once the Program is loaded, and a reader can never see half of an update.
struct InlineCache {
  static const Member kEmpty;
  std::atomic<const Member*> entry{&kEmpty};
  const Member* Get() const { return entry.load(std::memory_order_relaxed); }
  void Set(const Member* m) { entry.store(m, std::memory_order_relaxed); }
};

struct Function {
  const FunctionDesc* desc = nullptr;
  const uint32_t* code = nullptr;
  Value* constants = nullptr;  // Materialized pool (immortal objects), desc->constants order.
  NativeFunction native = nullptr;
  InlineCache* ics = nullptr;
  Class* owner = nullptr;
  int index = -1;
  int num_registers = 1;
  int num_params = 0;       // All declared parameters (not the receiver).
  bool simple_args = true;  // Only required positional parameters.
  // For stack traces: the library's uri.
  const std::string* library_uri = nullptr;
  // A noSuchMethod dispatcher (see Class::nsm_members): the name id of the member it stands
  // for, else -1. Interpreter::AdaptArguments packs the call's arguments into an Invocation.
  int nsm_name = -1;
};

// The argument descriptor of a call whose arguments already fill every parameter register
// (Function.apply adapts them itself).
constexpr int kArgDescAdapted = -1;

// The native body of every noSuchMethod dispatcher (interpreter_runtime.cc): calls
// receiver.noSuchMethod(invocation) with args [receiver, invocation].
Value NoSuchMethodDispatcher(Interpreter* vm, Value* args, int argc);

struct Class {
  const ClassDesc* desc = nullptr;  // nullptr for VM-only classes (Box, Sentinel).
  int index = -1;                   // Module class index, -1 for VM-only classes.
  uint32_t cid = 0;                 // The id of its instances (for dart classes mapped to
                                    // predefined ids, the first of them).
  std::string name;
  Class* superclass = nullptr;
  int num_slots = 0;
  std::vector<int> late_slots;  // Start <uninitialized>.
  // Instance members by name id, superclass members included (own ones override).
  std::unordered_map<int, Member> getters;  // Fields, getters and methods (a get of a method
                                            // is a tear-off).
  std::unordered_map<int, Member> setters;  // Non-final fields and setters.
  std::vector<uint64_t> supertypes;         // Bitset over class indices, itself included.
  bool default_equals = true;               // operator == is Object's (identity).
  // The slot of the instance's type-argument vector (a TypeVector* or null, runtime_types.h):
  // the `_typeArguments` field a dart:core class declares; -1 when instances carry none.
  int type_args_slot = -1;

  bool IsSubclassOf(int class_index) const {
    return class_index >= 0 && (supertypes[class_index >> 6] >> (class_index & 63) & 1) != 0;
  }
  // A class that overrides noSuchMethod answers every name it lacks with the dispatcher of
  // that name (a kMethod entry never valid for an inline cache), so a call of a missing
  // method reaches noSuchMethod through the ordinary call path.
  const Member* nsm_members = nullptr;  // Indexed by name id; null unless overridden.
  const Member* FindGetter(int name_id) const {
    auto it = getters.find(name_id);
    if (it != getters.end()) return &it->second;
    return nsm_members != nullptr && name_id >= 0 ? &nsm_members[name_id] : nullptr;
  }
  // The class's own member, never a noSuchMethod dispatcher.
  const Member* FindOwnGetter(int name_id) const {
    auto it = getters.find(name_id);
    return it == getters.end() ? nullptr : &it->second;
  }
  const Member* FindSetter(int name_id) const {
    auto it = setters.find(name_id);
    return it == setters.end() ? nullptr : &it->second;
  }
};

// A Program and the immortal objects it owns.
class Program {
 public:
  ~Program();

  const Module& module() const { return *module_; }
  Function* function(int i) { return &functions_[i]; }
  int num_functions() const { return static_cast<int>(functions_.size()); }
  Class* class_at(int i) { return &classes_[i]; }
  int num_classes() const { return static_cast<int>(classes_.size()); }
  // The class of a value's class id.
  Class* ClassOfCid(uint32_t cid) const { return cid_to_class_[cid]; }
  Class* ClassOf(Value v) const { return cid_to_class_[ClassIdOf(v)]; }
  uint32_t num_cids() const { return static_cast<uint32_t>(cid_to_class_.size()); }
  // The cid of instances of module class [i].
  static uint32_t CidOfClass(int i) { return kNumPredefinedCids + static_cast<uint32_t>(i); }

  // Name ids: -1 when the module never mentions the name (so no class can have it).
  int NameId(std::string_view name) const;
  const std::string& Name(int id) const { return module_->names[id]; }
  // The type of function [d] as closures print it: "(int, [String?]) => bool", its
  // FunctionDesc::signature, or with every type dynamic when the compiler gave none.
  std::string Signature(const FunctionDesc& d) const;

  // A dart:core top-level function or class by name; nullptr / -1 if absent.
  Function* CoreFunction(std::string_view name) const;
  // A top-level function of the library [library] (a uri such as "dart:async"); nullptr if
  // absent. A linear search: for setting up, not for hot paths.
  Function* LibraryFunction(std::string_view library, std::string_view name) const;
  Class* CoreClass(std::string_view name) const;
  Function* main_function() const { return main_; }

  // Well-known classes.
  Class* object_class() const { return object_class_; }
  // The slot of dart:core Error's `_stackTrace` field in instances of [c], or -1 when [c] does
  // not extend Error (a class that only implements it has no such field).
  int ErrorTraceSlot(const Class* c) const {
    if (error_trace_slot_ < 0) return -1;
    for (; c != nullptr; c = c->superclass) {
      if (c == error_class_) return error_trace_slot_;
    }
    return -1;
  }

  // An immortal string owned by the program (interned by content).
  Value InternString(std::string_view utf8);

  // Reified types (runtime_types.h): the canonical types of the group, and the subtype test.
  TypeRegistry* types() const { return types_.get(); }
  bool IsSubtype(const RuntimeType* s, const RuntimeType* t) const;
  // Whether the type arguments [s] of class [s_class] (null: raw) fit [t], those of a supertype
  // [t_class].
  bool ArgumentsFit(const TypeVector* s, int s_class, const TypeVector* t, int t_class) const;
  // The name id of kTypeArgumentsParam (-1: no function of the program declares it).
  int type_args_name() const { return type_args_name_; }

 private:
  friend class Loader;
  friend std::unique_ptr<Program> LoadProgram(std::unique_ptr<Module>, NativeResolver,
                                              std::string*);
  std::unique_ptr<Module> module_;
  std::vector<Function> functions_;
  std::vector<Class> classes_;
  std::vector<Class*> cid_to_class_;
  std::vector<std::unique_ptr<Class>> vm_classes_;  // Classes for predefined ids with no Dart
                                                    // class (Box, Sentinel...).
  std::vector<std::unique_ptr<Value[]>> constant_pools_;
  std::vector<std::unique_ptr<InlineCache[]>> ic_storage_;
  std::unordered_map<std::string, int> name_ids_;
  std::unordered_map<std::string, int> core_functions_;
  std::unordered_map<std::string, int> core_classes_;
  std::unordered_map<std::string, Value> interned_strings_;
  std::vector<void*> immortal_objects_;  // Freed with the program.
  // noSuchMethod dispatchers, one per name id (built only when some class overrides it).
  FunctionDesc nsm_desc_;
  std::vector<Function> nsm_dispatchers_;
  std::vector<Member> nsm_members_;
  Function* main_ = nullptr;
  Class* object_class_ = nullptr;
  Class* error_class_ = nullptr;
  int error_trace_slot_ = -1;
  std::unique_ptr<TypeRegistry> types_;
  int type_args_name_ = -1;
};

// Builds a Program from [module]. Binds external functions through [natives]. On failure (a
// missing native, a missing core class) returns nullptr and describes it in [error].
std::unique_ptr<Program> LoadProgram(std::unique_ptr<Module> module, NativeResolver natives,
                                     std::string* error);

// Allocates an immortal object outside every heap (owned by the caller, freed with mi_free).
HeapObject* AllocateImmortal(uint32_t cid, size_t size_words, uint8_t flags);

}  // namespace islet

#endif  // ISLET_VM_PROGRAM_H_
