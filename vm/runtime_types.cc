// The TypeRegistry (canonical RuntimeTypes and TypeVectors, instantiation of Module types under
// a type-argument vector) and the subtype test between runtime types (Program::IsSubtype).
// Does not test values against types (interpreter_runtime.cc).

#include "vm/runtime_types.h"

#include "vm/program.h"

namespace islet {

namespace {

// The key of a canonical type: everything that tells two types apart (argument vectors are
// canonical, so their addresses stand for them).
std::string TypeKey(TypeDesc::Kind kind, bool nullable, int class_index, const TypeVector* args,
                    const std::string& name, bool erased) {
  std::string key = std::to_string(kind) + (nullable ? "?" : "") + (erased ? "~" : "") + ":" +
                    std::to_string(class_index) + ":" +
                    std::to_string(reinterpret_cast<uintptr_t>(args));
  // Types without a class differ only by kind; Function types also by their printed form.
  if (kind == TypeDesc::kFunction) key += ":" + name;
  return key;
}

}  // namespace

TypeRegistry::TypeRegistry(const Module* module) : module_(module) {
  size_t n = module->types.size();
  depends_.assign(n, 0);
  // Arguments precede the types that use them (the verifier checks it): one pass suffices.
  for (size_t i = 0; i < n; i++) {
    const TypeDesc& t = module->types[i];
    bool depends = t.kind == TypeDesc::kTypeParameter && t.class_index >= 0;
    for (int arg : t.args) depends = depends || depends_[arg] != 0;
    depends_[i] = depends ? 1 : 0;
  }
  cache_ = std::make_unique<std::atomic<const void*>[]>(n);
  for (size_t i = 0; i < n; i++) cache_[i].store(nullptr, std::memory_order_relaxed);
  std::lock_guard<std::mutex> lock(mutex_);
  dynamic_ = Make(TypeDesc::kDynamic, false, -1, nullptr, "dynamic");
  erased_ = Make(TypeDesc::kDynamic, false, -1, nullptr, "dynamic", true);
}

const RuntimeType* TypeRegistry::Make(TypeDesc::Kind kind, bool nullable, int class_index,
                                      const TypeVector* args, const std::string& name,
                                      bool erased) {
  std::string key = TypeKey(kind, nullable, class_index, args, name, erased);
  auto it = type_index_.find(key);
  if (it != type_index_.end()) return it->second;
  types_.emplace_back();
  RuntimeType* t = &types_.back();
  t->kind = kind;
  t->nullable = nullable;
  t->class_index = class_index;
  t->args = args;
  t->name = name;
  t->erased = erased;
  type_index_.emplace(std::move(key), t);
  return t;
}

const TypeVector* TypeRegistry::MakeVector(std::vector<const RuntimeType*> types) {
  std::string key;
  for (const RuntimeType* t : types) key += std::to_string(reinterpret_cast<uintptr_t>(t)) + ",";
  auto it = vector_index_.find(key);
  if (it != vector_index_.end()) return it->second;
  vectors_.emplace_back();
  TypeVector* v = &vectors_.back();
  for (const RuntimeType* t : types) {
    v->all_top = v->all_top && t->IsTop();
    v->all_erased = v->all_erased && t->erased;
  }
  v->types = std::move(types);
  vector_index_.emplace(std::move(key), v);
  return v;
}

const RuntimeType* TypeRegistry::WithNullable(const RuntimeType* t) {
  if (t->nullable || t->kind == TypeDesc::kDynamic || t->kind == TypeDesc::kVoid ||
      t->kind == TypeDesc::kNull) {
    return t;
  }
  // Never? is Null.
  if (t->kind == TypeDesc::kNever) return Make(TypeDesc::kNull, false, -1, nullptr, "Null");
  return Make(t->kind, true, t->class_index, t->args, t->name + "?");
}

const RuntimeType* TypeRegistry::InstantiateLocked(int index, const TypeVector* env) {
  const TypeDesc& d = module_->types[index];
  if (!depends_[index]) {
    const void* cached = cache_[index].load(std::memory_order_acquire);
    if (cached != nullptr) return static_cast<const RuntimeType*>(cached);
  }
  const RuntimeType* result = nullptr;
  switch (d.kind) {
    case TypeDesc::kTypeParameter: {
      if (d.class_index < 0) {
        result = erased_;
        break;
      }
      const RuntimeType* arg = dynamic_;
      if (env != nullptr && d.class_index >= 0 &&
          d.class_index < static_cast<int>(env->types.size())) {
        arg = env->types[d.class_index];
      }
      result = d.nullable ? WithNullable(arg) : arg;
      break;
    }
    case TypeDesc::kClass: {
      const TypeVector* args = nullptr;
      std::string name = module_->classes[d.class_index].name;
      if (!d.args.empty()) {
        std::vector<const RuntimeType*> types;
        name += "<";
        for (size_t i = 0; i < d.args.size(); i++) {
          const RuntimeType* a = InstantiateLocked(d.args[i], env);
          if (i > 0) name += ", ";
          name += a->name;
          types.push_back(a);
        }
        name += ">";
        args = MakeVector(std::move(types));
      }
      result =
          Make(TypeDesc::kClass, d.nullable, d.class_index, args, name + (d.nullable ? "?" : ""));
      break;
    }
    case TypeDesc::kTypeArguments:
      // Not a type: asked for as one only by malformed code; dynamic keeps it harmless.
      result = dynamic_;
      break;
    default: {
      std::string name = d.name;
      if (d.kind == TypeDesc::kDynamic) name = "dynamic";
      result = Make(d.kind, d.nullable && d.kind != TypeDesc::kDynamic, -1, nullptr, name);
      break;
    }
  }
  if (!depends_[index]) cache_[index].store(result, std::memory_order_release);
  return result;
}

const TypeVector* TypeRegistry::InstantiateVectorLocked(int index, const TypeVector* env) {
  if (!depends_[index]) {
    const void* cached = cache_[index].load(std::memory_order_acquire);
    if (cached != nullptr) return static_cast<const TypeVector*>(cached);
  }
  const TypeDesc& d = module_->types[index];
  std::vector<const RuntimeType*> types;
  for (int arg : d.args) types.push_back(InstantiateLocked(arg, env));
  const TypeVector* result = MakeVector(std::move(types));
  if (!depends_[index]) cache_[index].store(result, std::memory_order_release);
  return result;
}

const RuntimeType* TypeRegistry::Instantiate(int index, const TypeVector* env) {
  if (!depends_[index]) {
    const void* cached = cache_[index].load(std::memory_order_acquire);
    if (cached != nullptr) return static_cast<const RuntimeType*>(cached);
  }
  // `T` itself (`e is T` in a loop) is an entry of the vector: no lock.
  const TypeDesc& d = module_->types[index];
  if (d.kind == TypeDesc::kTypeParameter && !d.nullable) {
    if (d.class_index < 0) return erased_;
    if (env == nullptr || d.class_index >= static_cast<int>(env->types.size())) return dynamic_;
    return env->types[d.class_index];
  }
  std::lock_guard<std::mutex> lock(mutex_);
  return InstantiateLocked(index, env);
}

const TypeVector* TypeRegistry::InstantiateVector(int index, const TypeVector* env) {
  if (!depends_[index]) {
    const void* cached = cache_[index].load(std::memory_order_acquire);
    if (cached != nullptr) return static_cast<const TypeVector*>(cached);
  }
  std::lock_guard<std::mutex> lock(mutex_);
  return InstantiateVectorLocked(index, env);
}

const RuntimeType* TypeRegistry::ClassType(int class_index, const TypeVector* args) {
  std::string name = module_->classes[class_index].name;
  if (args != nullptr) {
    name += "<";
    for (size_t i = 0; i < args->types.size(); i++) {
      name += (i > 0 ? ", " : "") + args->types[i]->name;
    }
    name += ">";
  }
  std::lock_guard<std::mutex> lock(mutex_);
  return Make(TypeDesc::kClass, false, class_index, args, name);
}

bool Program::IsSubtype(const RuntimeType* s, const RuntimeType* t) const {
  if (s == t || t->IsTop() || s->erased) return true;
  if (s->kind == TypeDesc::kNever) return true;
  if (s->kind == TypeDesc::kNull) return t->nullable || t->kind == TypeDesc::kNull;
  if (s->nullable && !t->nullable) return false;
  switch (t->kind) {
    case TypeDesc::kObject:
      return true;  // s is not nullable here (or t is Object?, a top type).
    case TypeDesc::kNull:
    case TypeDesc::kNever:
      return false;
    case TypeDesc::kFunction:
      return s->kind == TypeDesc::kFunction;
    case TypeDesc::kClass: {
      if (s->kind != TypeDesc::kClass) return false;
      if (!classes_[s->class_index].IsSubclassOf(t->class_index)) return false;
      if (t->args == nullptr || t->args->all_top) return true;
      return ArgumentsFit(s->args, s->class_index, t->args, t->class_index);
    }
    default:
      return false;
  }
}

bool Program::ArgumentsFit(const TypeVector* s, int s_class, const TypeVector* t,
                           int t_class) const {
  if (t == nullptr || t->all_top) return true;
  // A raw type's arguments are dynamic, which fits only top types.
  if (s == nullptr) return false;
  // The vector applies unchanged to supertypes with as many parameters (runtime_types.h); for
  // any other supertype its arguments are unknown here, so the test passes (erased).
  if (s->types.size() != t->types.size() ||
      (s_class != t_class && module_->classes[s_class].type_params.size() !=
                                 module_->classes[t_class].type_params.size())) {
    return true;
  }
  for (size_t i = 0; i < t->types.size(); i++) {
    if (!IsSubtype(s->types[i], t->types[i])) return false;
  }
  return true;
}

}  // namespace islet
