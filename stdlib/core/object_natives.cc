// Natives of dart:core's root and VM-described classes (object.dart, print.dart): Object
// identity, hash and runtimeType, class names, identical, print, Function equality/hash/toString,
// Type equality/hash/toString, StackTrace. These need the Program's classes and functions, so
// unlike the other natives they use the Interpreter's public interface (vm/interpreter.h).
// Does not own how stack traces are captured or printed (vm/stack_trace.cc).

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/core/native_util.h"
#include "vm/interpreter.h"
#include "vm/program.h"

namespace islet {
namespace stdlib_natives {

namespace {

// Dart's identical: the same object, or equal ints, or doubles with the same bits.
bool IsIdentical(Value a, Value b) {
  if (a == b) return true;
  if (IsMint(a) && IsMint(b)) return MintValue(a) == MintValue(b);
  if (IsDouble(a) && IsDouble(b)) {
    double x = DoubleValue(a);
    double y = DoubleValue(b);
    return std::memcmp(&x, &y, sizeof x) == 0;
  }
  return false;
}

// A hash consistent with identity. Values compared by content hash by content; other objects
// by the heap's per-object identity hash.
int64_t IdentityHash(Interpreter* vm, Value v) {
  if (v.IsSmi()) return v.SmiValue();
  if (IsMint(v)) return MintValue(v);
  if (IsDouble(v)) {
    double d = DoubleValue(v);
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return static_cast<int64_t>((bits ^ (bits >> 32)) & 0x3fffffff);
  }
  if (IsString(v)) return StringHash(v);
  if (v.IsNull()) return 2011;
  if (v == Value::True()) return 1231;
  if (v == Value::False()) return 1237;
  return natives::IdentityHashCode(vm, v);
}

Function* ClosureFunction(Value closure) {
  return closure.object()->slots()[kClosureFunctionSlot].AsRawPointer<Function>();
}

bool HasCaptures(Value closure) {
  return closure.object()->num_slots() > static_cast<uint32_t>(kClosureFirstCapture);
}

// The Type layout of Interpreter::NewType: slot 0 class index (-1: none), slot 1 Module type
// index (-1: a runtimeType or reified type), slot 2 nullable, slot 3 the RuntimeType or null.
int TypeClassIndex(Value type) { return static_cast<int>(type.object()->slots()[0].SmiValue()); }
int TypeModuleIndex(Value type) { return static_cast<int>(type.object()->slots()[1].SmiValue()); }
bool TypeNullable(Value type) { return type.object()->slots()[2].IsTrue(); }
const RuntimeType* TypeRuntime(Value type) {
  Value v = type.object()->slots()[kTypeRuntimeTypeSlot];
  return v.IsSmi() ? v.AsRawPointer<const RuntimeType>() : nullptr;
}

// Whether two reified types are the same type; a raw class type is the class with dynamic
// arguments (`List` is `List<dynamic>`).
bool SameType(const RuntimeType* a, const RuntimeType* b) {
  if (a == b) return true;
  if (a->kind != b->kind || a->nullable != b->nullable || a->class_index != b->class_index) {
    return false;
  }
  if (a->kind == TypeDesc::kFunction) return a->name == b->name;
  if (a->kind != TypeDesc::kClass) return true;
  const TypeVector* x = a->args;
  const TypeVector* y = b->args;
  if (x == nullptr || y == nullptr) {
    const TypeVector* other = x == nullptr ? y : x;
    if (other == nullptr) return true;
    for (const RuntimeType* t : other->types) {
      if (t->kind != TypeDesc::kDynamic) return false;
    }
    return true;
  }
  if (x->types.size() != y->types.size()) return false;
  for (size_t i = 0; i < x->types.size(); i++) {
    if (!SameType(x->types[i], y->types[i])) return false;
  }
  return true;
}

// For types without a class (dynamic, void, Function, Null...): the kind of their TypeDesc.
int TypeKind(Interpreter* vm, Value type) {
  int index = TypeModuleIndex(type);
  if (index < 0) return TypeDesc::kDynamic;
  return vm->program()->module().types[index].kind;
}

// The class a type names. Type literals carry Object and Null as kinds (for type tests), while
// runtimeType carries their classes, so `null.runtimeType == Null` compares the same class.
// -1 for a type without a class (dynamic, void, Function, ...).
int TypeClass(Interpreter* vm, Value type) {
  int index = TypeClassIndex(type);
  if (index >= 0) return index;
  int kind = TypeKind(vm, type);
  if (kind != TypeDesc::kObject && kind != TypeDesc::kNull) return -1;
  Class* c = vm->program()->CoreClass(kind == TypeDesc::kObject ? "Object" : "Null");
  return c != nullptr ? c->index : -1;
}

}  // namespace

Value ObjectEquals(Interpreter*, Value* args, int) { return Value::Bool(args[0] == args[1]); }

Value ObjectHashCode(Interpreter* vm, Value* args, int) {
  return natives::NewInt(vm, IdentityHash(vm, args[0]));
}

Value ObjectRuntimeType(Interpreter* vm, Value* args, int) {
  Class* c = vm->program()->ClassOf(args[0]);
  // An instance that carries its type arguments knows its full type (`List<int>`); any other
  // is its class, its type arguments erased.
  const TypeVector* type_args = vm->TypeArgumentsOf(args[0]);
  if (type_args != nullptr && c->index >= 0) {
    return vm->NewType(c->index, -1, false, vm->program()->types()->ClassType(c->index, type_args));
  }
  return vm->NewType(c->index, -1, false);
}

Value ObjectClassName(Interpreter* vm, Value* args, int) {
  return natives::NewString(vm, natives::ClassNameOf(vm, args[1]));
}

Value Identical(Interpreter*, Value* args, int) {
  return Value::Bool(IsIdentical(args[1], args[2]));
}

Value IdentityHashCode(Interpreter* vm, Value* args, int) {
  return natives::NewInt(vm, IdentityHash(vm, args[1]));
}

// print: a zone with a print handler (dart:async's _zonePrint says so) takes the line, else it
// goes to the embedder.
Value Print(Interpreter* vm, Value* args, int) {
  Value text = natives::ToString(vm, args[1]);
  if (text.IsException()) return text;
  if (Function* hook = vm->ZonePrintHook()) {
    Handle line(vm->heap(), text);
    Value taken = vm->Call(hook, Value::Null(), line.slot(), 1);
    if (taken.IsException()) return taken;
    if (taken == Value::True()) return Value::Null();
    text = line.get();
  }
  natives::Print(vm, StringToOutputUtf8(text));
  return Value::Null();
}

// _printToConsole (dart:async): the root zone's print, past every zone handler.
Value PrintToConsole(Interpreter* vm, Value* args, int) {
  natives::Print(vm, StringToOutputUtf8(args[1]));
  return Value::Null();
}

// Tear-offs of the same static function, or of the same method on the same receiver, are
// equal; any other closure equals only itself.
Value FunctionEquals(Interpreter*, Value* args, int) {
  Value a = args[0];
  Value b = args[1];
  if (a == b) return Value::True();
  if (!IsCid(b, kClosureCid) || ClosureFunction(a) != ClosureFunction(b)) return Value::False();
  if (HasCaptures(a) || HasCaptures(b)) return Value::False();
  Value ra = a.object()->slots()[kClosureReceiverSlot];
  Value rb = b.object()->slots()[kClosureReceiverSlot];
  FunctionDesc::Kind kind = ClosureFunction(a)->desc->kind;
  if (kind == FunctionDesc::kClosure) return Value::False();
  return Value::Bool(IsIdentical(ra, rb));
}

Value FunctionHashCode(Interpreter* vm, Value* args, int) {
  Value closure = args[0];
  auto address = reinterpret_cast<uintptr_t>(ClosureFunction(closure));
  int64_t hash = static_cast<int64_t>((address >> 3) & 0x3fffffff);
  Value receiver = closure.object()->slots()[kClosureReceiverSlot];
  hash = (hash * 31 + IdentityHash(vm, receiver)) & 0x3fffffff;
  return natives::NewInt(vm, hash);
}

// "Closure: (int, [String?]) => bool", with " from Function 'f': static." for tear-offs of
// static functions and " from Function 'm':." for method tear-offs, as the Dart VM prints them.
Value FunctionToString(Interpreter* vm, Value* args, int) {
  Value closure = args[0];
  Function* f = ClosureFunction(closure);
  const FunctionDesc& d = *f->desc;
  std::string text = "Closure: " + vm->program()->Signature(d);
  // Dart names the function without its class: "from Function 'm':.".
  size_t dot = d.name.rfind('.');
  std::string simple_name = dot == std::string::npos ? d.name : d.name.substr(dot + 1);
  if (d.kind == FunctionDesc::kTopLevel || d.kind == FunctionDesc::kStatic) {
    text += " from Function '" + simple_name + "': static.";
  } else if (d.kind == FunctionDesc::kMethod) {
    text += " from Function '" + simple_name + "':.";
  }
  return natives::NewString(vm, text);
}

Value TypeEquals(Interpreter* vm, Value* args, int) {
  Value a = args[0];
  Value b = args[1];
  if (!IsCid(b, kTypeCid)) return Value::False();
  int class_a = TypeClass(vm, a);
  if (class_a != TypeClass(vm, b) || TypeNullable(a) != TypeNullable(b)) return Value::False();
  const RuntimeType* ra = TypeRuntime(a);
  const RuntimeType* rb = TypeRuntime(b);
  // Both reified: the same type. Otherwise one is an erased runtimeType: its class decides.
  if (ra != nullptr && rb != nullptr && class_a == TypeClassIndex(a) &&
      class_a == TypeClassIndex(b)) {
    return Value::Bool(SameType(ra, rb));
  }
  if (class_a >= 0) return Value::True();
  return Value::Bool(TypeKind(vm, a) == TypeKind(vm, b));
}

Value TypeHashCode(Interpreter* vm, Value* args, int) {
  Value t = args[0];
  int class_index = TypeClass(vm, t);
  int64_t hash = class_index >= 0 ? class_index : 1000 + TypeKind(vm, t);
  return Value::Smi(hash * 2 + (TypeNullable(t) ? 1 : 0));
}

Value TypeToString(Interpreter* vm, Value* args, int) {
  Value t = args[0];
  std::string name;
  const RuntimeType* rt = TypeRuntime(t);
  if (rt != nullptr) {
    name = rt->name;
  } else if (TypeClassIndex(t) >= 0) {
    name = vm->program()->class_at(TypeClassIndex(t))->name;
    if (TypeNullable(t)) name += "?";
  } else if (TypeModuleIndex(t) >= 0) {
    name = vm->program()->module().types[TypeModuleIndex(t)].name;
  } else {
    name = "dynamic";
  }
  return natives::NewString(vm, name);
}

Value StackTraceCurrent(Interpreter* vm, Value*, int) { return natives::CurrentStackTrace(vm); }

Value EnvironmentValue(Interpreter* vm, Value* args, int) {
  // args[1]: the declaration's name (a String, checked by the Dart caller).
  std::string value;
  if (vm->services() == nullptr ||
      !vm->services()->LookupEnvironment(StringToUtf8(args[1]), &value)) {
    return Value::Null();
  }
  return vm->NewString(value);
}

Value HasInstanceMember(Interpreter* vm, Value* args, int) {
  int64_t key = args[2].SmiValue();
  int name = static_cast<int>(key >> 1);
  Class* c = vm->program()->ClassOf(args[1]);
  // Only the class's own members: a noSuchMethod dispatcher does not hide an extension.
  bool has = (key & 1) != 0 ? c->FindSetter(name) != nullptr : c->FindOwnGetter(name) != nullptr;
  return Value::Bool(has);
}

Value FunctionApply(Interpreter* vm, Value* args, int) {
  // args[1..4]: function, positional list, named-argument names (strings), their values. Every
  // parameter register is filled here (defaults included), then the call needs no adapting.
  Value closure = args[1];
  if (!IsCid(closure, kClosureCid)) {
    return natives::ThrowArgumentError(vm, "Function.apply needs a function");
  }
  Function* f = ClosureFunction(closure);
  const FunctionDesc& d = *f->desc;
  Value receiver =
      d.kind == FunctionDesc::kClosure ? closure : closure.object()->slots()[kClosureReceiverSlot];
  int64_t positional = ListLength(args[2]);
  int64_t named = ListLength(args[3]);
  int max_positional = d.num_required + d.num_optional_positional;
  auto mismatch = [&]() {
    int name = vm->program()->NameId(d.name.substr(d.name.rfind('.') + 1));
    return vm->ThrowNoSuchMethod(receiver, name, "call", static_cast<int>(positional + named));
  };
  if (positional < d.num_required || positional > max_positional || f->num_params > 255) {
    return mismatch();
  }
  auto default_value = [&](size_t k) {
    int c = k < d.defaults.size() ? d.defaults[k] : -1;
    if (c >= 0) return f->constants[c];
    return c == kComputedDefault && f->native == nullptr ? Value::Uninitialized() : Value::Null();
  };
  Value regs[256];
  const Value* pos = ListData(args[2]);
  for (int i = 0; i < max_positional; i++) {
    regs[i] = i < positional ? pos[i] : default_value(static_cast<size_t>(i - d.num_required));
  }
  int used = 0;
  for (size_t j = 0; j < d.named_params.size(); j++) {
    const std::string& want = vm->program()->Name(d.named_params[j]);
    Value v = Value::Uninitialized();
    for (int64_t i = 0; i < named; i++) {
      if (StringToUtf8(ListData(args[3])[i]) == want) {
        v = ListData(args[4])[i];
        used++;
        break;
      }
    }
    if (v.IsUninitialized()) {
      if (j < d.named_required.size() && d.named_required[j]) return mismatch();
      v = default_value(d.num_optional_positional + j);
    }
    regs[max_positional + j] = v;
  }
  if (used != named) return mismatch();
  return vm->Call(f, receiver, regs, f->num_params, kArgDescAdapted);
}

Value StackTraceToString(Interpreter* vm, Value* args, int) {
  return natives::NewString(vm, natives::StackTraceToString(vm, args[0]));
}

Value CanonicalConstant(Interpreter* vm, Value* args, int) {
  return vm->CanonicalizeReceived(args[1]);
}

}  // namespace stdlib_natives
}  // namespace islet
