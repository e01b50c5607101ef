// The Module: what the compiler produces and the loader turns into a Program. Plain, immutable
// data (no heap pointers, no VM types), so it needs no GC roots and can be shared by isolate
// groups, cached, verified and later serialized.
//
// One Module holds every library of one compilation: the embedded dart: libraries and the
// user's libraries, so every reference between them is an index into this Module's tables.
// Does not own execution state: globals' values, caches and heap objects live in the runtime.
//
// Indices: F[i] = functions[i], class i = classes[i], G[i] = globals[i], T[i] = types[i],
// names[i] the interned names (selectors), arg_descs[i] argument descriptors
// (arg_descs[0] always means "positional arguments only").

#ifndef ISLET_VM_BYTECODE_MODULE_H_
#define ISLET_VM_BYTECODE_MODULE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace islet {

// A constant of a function's pool (K[i]). Strings are UTF-8 (WTF-8 for lone surrogates).
struct Constant {
  enum Kind : uint8_t { kNull, kBool, kInt, kDouble, kString };
  Kind kind = kNull;
  int64_t int_value = 0;  // kInt; kBool: 0 or 1.
  double double_value = 0;
  std::string string_value;
};

// The shape of a call's arguments: how many are positional, and the names of the named ones in
// the order their values are passed (after the positional ones).
struct ArgDesc {
  int positional = 0;
  std::vector<int> named;  // Indices into Module::names.
};

// A type as the runtime checks it (is, as, on T catch). `x is List<int>` tests the class and,
// when the instance carries type arguments (vm/runtime_types.h), those too.
//
// Reified type parameters: a generic function that uses its type parameters at run time
// declares one hidden named parameter, kTypeArgumentsParam, which receives the type-argument
// vector of a call written with explicit type arguments (`f<int>()`, `x.m<int>()`,
// `List<int>.filled(...)`, whose factory is generic over its class's parameters). A type that
// mentions such a parameter is a kTypeParameter (or contains one) and is only meaningful with
// that vector at hand: the *Generic opcodes take it in a register. Other type parameters (those
// of classes, or of functions that do not use them) are kDynamic, as before.
struct TypeDesc {
  enum Kind : uint8_t {
    kDynamic,        // dynamic, and erased type parameters: everything passes.
    kVoid,           // void: everything passes.
    kObject,         // Object: everything but null passes (Object? = kDynamic-like with nullable).
    kNull,           // Null: only null.
    kNever,          // Never: nothing passes.
    kClass,          // An instance of class_index or of a subtype (subclass or implementer).
    kFunction,       // Any function value (parameter types erased).
    kTypeParameter,  // Entry class_index of the type-argument vector in use (dynamic without
                     // one); class_index -1: a type parameter not reified here (a class's, in
                     // its members), unknown, so every test against it passes.
    kTypeArguments,  // Not a type: the type-argument vector `args` (a call's `<int, T>`).
  };
  Kind kind = kDynamic;
  bool nullable = false;  // T?: null also passes.
  int class_index = -1;   // kClass: the class; kTypeParameter: the index in the vector.
  std::vector<int> args;  // Type arguments (indices into Module::types).
  std::string name;       // As written, for error messages ("int", "List<int>", "Foo?").
};

// The name of the hidden named parameter that carries a generic function's type-argument vector
// (see TypeDesc). No Dart identifier can spell it, so no call passes it by accident.
constexpr char kTypeArgumentsParam[] = "<type arguments>";

// The slot of a GrowableList that holds its type-argument vector (vm/object.h): the code of a
// typed list literal (`<int>[...]`) stores it there with SetField.
constexpr int kGrowableListTypeArgsSlot = 2;

// An instance field declared by a class. Its slot is the sum of the field counts of all
// superclasses plus its index in ClassDesc::fields.
struct FieldDesc {
  int name = -1;  // Index into Module::names.
  bool is_final = false;
  bool is_late = false;  // Starts <uninitialized>: reading it first throws.
};

// An instance member a class declares (not constructors or statics: those are plain functions
// reached by index).
struct MemberDesc {
  enum Kind : uint8_t { kMethod, kGetter, kSetter };
  Kind kind = kMethod;
  int name = -1;      // Index into Module::names; a setter has the plain name ("x", not "x=").
  int function = -1;  // F[function]; -1 for an abstract member.
};

struct ClassDesc {
  std::string name;
  int library = -1;
  int superclass = -1;          // -1 only for Object.
  std::vector<int> interfaces;  // Classes this one implements (for is-checks), directly.
  std::vector<std::string> type_params;
  bool is_abstract = false;
  bool is_enum = false;
  std::vector<FieldDesc> fields;    // Own instance fields in slot order.
  std::vector<MemberDesc> members;  // Own instance methods, getters and setters.
  int num_slots = 0;                // All instance fields, including inherited ones.
  uint32_t pos = 0;                 // Offset of the declaration in its library's source.
};

// A try region: an exception thrown by an instruction whose pc is in [start, end) jumps to
// `handler` with the exception in R[exception_reg] and its StackTrace in R[stack_reg].
// Handlers are listed innermost first, so the first one whose range holds the pc wins.
struct HandlerDesc {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t handler = 0;
  uint8_t exception_reg = 0;
  uint8_t stack_reg = 0;
};

// Maps the instruction starting at `pc` (and those after it, up to the next entry) to a source
// position (1-based line and column).
struct LineEntry {
  uint32_t pc = 0;
  int32_t line = 0;
  int32_t column = 0;
};

// What a closure copies when it is created (the Closure opcode), in capture index order:
// either a register of the creating frame, or a capture of the creating closure. When the
// variable is boxed, what is copied is the Box, and the closure reads it with GetCaptureBox.
struct CaptureDesc {
  bool from_parent_capture = false;  // false: R[index] of the creating frame.
  int index = 0;
};

// FunctionDesc::defaults entry for a default computed by the function's prologue.
constexpr int kComputedDefault = -2;

struct FunctionDesc {
  enum Kind : uint8_t {
    kTopLevel,     // A top-level function, getter or setter.
    kStatic,       // A static method, getter or setter.
    kMethod,       // An instance method, getter, setter or operator.
    kConstructor,  // A generative constructor: R[0] is the new object; returns it.
    kFactory,      // A factory constructor: a static function returning the object.
    kClosure,      // A local function or function expression: R[0] is the closure.
    kInitializer,  // Computes a global's initial value or a const object; no parameters.
  };
  std::string name;  // As Dart prints it in stack traces: "main", "Foo.bar", "Foo.named",
                     // "main.<anonymous closure>", "main.local".
  Kind kind = kTopLevel;
  int library = -1;
  int owner_class = -1;  // For methods, constructors and statics.
  bool is_getter = false;
  bool is_setter = false;
  bool is_external = false;  // Body is the native `native_name`.
  std::string native_name;   // "ClassName.member" or top-level "name", for external functions.
  uint8_t async_kind = 0;    // 0 sync, 1 async, 2 sync*, 3 async* (tier 2).

  // Parameters: R[1..] = required positional, optional positional, named (declaration order).
  int num_required = 0;
  int num_optional_positional = 0;
  std::vector<int> named_params;     // Names (indices into Module::names), declared order.
  std::vector<bool> named_required;  // Parallel to named_params.
  // Default values of the optional positional then the named parameters, as constant indices
  // into this function's pool (-1: null).
  // Added by codegen (kComputedDefault): -2 marks a default that is no constant of the pool
  // (a const object such as `const []` or an enum value). For a missing argument the VM stores
  // <uninitialized> in the parameter's register; the function's own code starts by replacing
  // it (LoadUninit + Identical + JumpIfFalse, then the default's code).
  std::vector<int> defaults;
  std::vector<int> param_names;  // All parameter names in register order (for diagnostics).
  // The function's type as Dart prints it, from the declared types ("<T>(int, [String?]) =>
  // T"); empty when unknown (the VM then prints every type as dynamic).
  std::string signature;

  int num_registers = 1;  // Including R[0] and parameters.
  int num_ics = 0;        // Inline cache slots used by GetProp/SetProp/Invoke/CallClosure.
  std::vector<uint32_t> code;
  std::vector<Constant> constants;
  std::vector<HandlerDesc> handlers;
  std::vector<LineEntry> lines;
  std::vector<CaptureDesc> captures;  // kClosure only.
  uint32_t pos = 0;                   // Offset of the declaration.
};

// A top-level variable or static field. Its value is per isolate, initialized lazily: the first
// read runs `initializer` (F[initializer], kInitializer), as Dart does.
struct GlobalDesc {
  std::string name;  // "x" or "Foo.x" (for messages).
  int library = -1;
  int owner_class = -1;  // Static fields.
  int initializer = -1;  // -1: starts as null (or <uninitialized> when late).
  bool is_final = false;
  bool is_const = false;
  bool is_late = false;
};

// A const object expression: its value is computed once by F[initializer] and canonicalized, so
// equal const expressions are identical.
struct ConstObjectDesc {
  int initializer = -1;
};

struct LibraryDesc {
  std::string uri;   // "dart:core", "file:///abs/path/main.dart".
  std::string path;  // For messages: as given on the command line, or the uri.
};

struct Module {
  std::vector<LibraryDesc> libraries;
  std::vector<std::string> names;
  std::vector<ArgDesc> arg_descs;  // [0] is the empty descriptor.
  std::vector<TypeDesc> types;
  std::vector<ClassDesc> classes;
  std::vector<FunctionDesc> functions;
  std::vector<GlobalDesc> globals;
  std::vector<ConstObjectDesc> const_objects;
  int main_function = -1;  // F[main_function] is the script's main (0, 1 or 2 parameters).
};

}  // namespace islet

#endif  // ISLET_VM_BYTECODE_MODULE_H_
