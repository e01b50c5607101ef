// Reified types at run time: what a type argument is once a program runs.
//
// The representation (the Dart VM's, scaled down): a RuntimeType is a canonical, immutable C++
// object owned by its Program's TypeRegistry, so two equal types are one pointer and comparing
// them is a pointer compare. A TypeVector is a canonical list of them: the type arguments of
// one generic call (`f<int, String>()`) or of one instance (`<int>[]`). Both are shared by every
// isolate of the group, never freed before the Program, and live outside every heap, so a value
// slot holds a TypeVector as an aligned raw pointer (which the collector reads as a Smi and
// leaves alone, as it does a closure's Function*). null in such a slot means "erased": no type
// arguments are known, and checks against them pass (what Islet did before types were reified).
//
// Where vectors live: a generic function's hidden parameter (kTypeArgumentsParam), slot
// kGrowableListTypeArgsSlot of a GrowableList, and the `_typeArguments` field of the dart:core
// classes that declare one (maps and sets); Class::type_args_slot says which. Such a vector
// holds the arguments of the instance's own class, and applies unchanged to every supertype
// with as many type parameters (List<E> -> Iterable<E>): true of every class that carries one.
//
// Thread safety: isolates of a group run on several threads and instantiate types as they go,
// so the registry's tables are guarded by a mutex, and the per-Module-type cache of types that
// need no vector is read without it (an atomic pointer, written once).
// Does not own type tests of values (Interpreter::IsInstanceOf*), nor Type objects (the heap
// values Dart code sees, which point at a RuntimeType).

#ifndef ISLET_VM_RUNTIME_TYPES_H_
#define ISLET_VM_RUNTIME_TYPES_H_

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/bytecode/module.h"
#include "vm/value.h"

namespace islet {

struct TypeVector;

struct RuntimeType {
  TypeDesc::Kind kind = TypeDesc::kDynamic;  // Never kTypeParameter or kTypeArguments.
  bool nullable = false;
  int class_index = -1;              // kClass.
  const TypeVector* args = nullptr;  // kClass: its type arguments; nullptr for a raw class type
                                     // (all dynamic, as `List` alone means).
  std::string name;                  // As Dart prints it: "int", "List<int>", "String?".
  // A type parameter that is not reified where it was used (a class's): unknown. It is dynamic
  // as a type to test against, and passes as the type argument of an instance.
  bool erased = false;

  // dynamic, void and Object?: every value is one.
  bool IsTop() const {
    return kind == TypeDesc::kDynamic || kind == TypeDesc::kVoid ||
           (kind == TypeDesc::kObject && nullable);
  }
};

struct TypeVector {
  std::vector<const RuntimeType*> types;
  bool all_top = true;     // Every entry IsTop: checks against this vector always pass.
  bool all_erased = true;  // Every entry is erased: the vector is no better than none.
};

// The vector in a value slot (null: erased).
inline const TypeVector* TypeVectorIn(Value v) {
  return v.IsSmi() ? v.AsRawPointer<const TypeVector>() : nullptr;
}
inline Value TypeVectorValue(const TypeVector* v) {
  return v == nullptr ? Value::Null() : Value::RawPointer(const_cast<TypeVector*>(v));
}

// The Program's canonical types. [module] must outlive it.
class TypeRegistry {
 public:
  explicit TypeRegistry(const Module* module);
  TypeRegistry(const TypeRegistry&) = delete;
  TypeRegistry& operator=(const TypeRegistry&) = delete;

  // Module::types[index] with its type parameters replaced by the entries of [env] (null: no
  // vector was passed, so they are dynamic). [index] must not be a kTypeArguments.
  const RuntimeType* Instantiate(int index, const TypeVector* env);
  // The vector Module::types[index] (a kTypeArguments) under [env].
  const TypeVector* InstantiateVector(int index, const TypeVector* env);
  // The type of class [class_index] with type arguments [args] (null: the raw type).
  const RuntimeType* ClassType(int class_index, const TypeVector* args = nullptr);
  const RuntimeType* Dynamic() { return dynamic_; }
  const RuntimeType* Erased() { return erased_; }
  // Whether Module::types[index] mentions a type parameter (so it needs a vector).
  bool DependsOnParameters(int index) const { return depends_[index] != 0; }

 private:
  const RuntimeType* Make(TypeDesc::Kind kind, bool nullable, int class_index,
                          const TypeVector* args, const std::string& name, bool erased = false);
  const TypeVector* MakeVector(std::vector<const RuntimeType*> types);
  const RuntimeType* WithNullable(const RuntimeType* t);
  const RuntimeType* InstantiateLocked(int index, const TypeVector* env);
  const TypeVector* InstantiateVectorLocked(int index, const TypeVector* env);

  const Module* module_;
  std::vector<uint8_t> depends_;
  // Instantiations that need no vector, by Module type index (RuntimeType* or TypeVector*).
  std::unique_ptr<std::atomic<const void*>[]> cache_;
  std::mutex mutex_;
  std::deque<RuntimeType> types_;
  std::deque<TypeVector> vectors_;
  std::unordered_map<std::string, const RuntimeType*> type_index_;
  std::unordered_map<std::string, const TypeVector*> vector_index_;
  const RuntimeType* dynamic_ = nullptr;
  const RuntimeType* erased_ = nullptr;
};

}  // namespace islet

#endif  // ISLET_VM_RUNTIME_TYPES_H_
