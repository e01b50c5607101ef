// The interface between the interpreter and native functions: the C++ bodies of `external`
// members of the dart: libraries (stdlib/<lib>/*_natives.cc). A native sees its frame's
// registers, may allocate, may call back into Dart, and reports a throw by returning
// Value::Exception() after Interpreter::Throw*.
//
// GC rule for natives: the argument registers [args] are roots and are updated by a collection,
// so re-read args[i] after anything that may allocate; any other Value a native keeps across an
// allocation or a call into Dart must be in a Handle (heap/heap.h).
//
// Does not own: which natives exist (stdlib's natives table) or how they are bound (loader).

#ifndef ISLET_VM_NATIVE_H_
#define ISLET_VM_NATIVE_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/value.h"

namespace islet {

class Interpreter;

// [args][0] is the receiver (instance members) or unused (static and top-level); [args][1..argc]
// are the parameters after argument adaptation: every declared parameter in declaration order,
// optional ones filled with their defaults, named ones in declaration order.
using NativeFunction = Value (*)(Interpreter* vm, Value* args, int argc);

// Finds the native for an external function's native name ("Class.member", "Class.member=" for
// setters, "Class.+" / "Class.[]=" / "Class.unary-" for operators, "name" for top-level);
// nullptr if there is none (the loader reports it).
using NativeResolver = NativeFunction (*)(std::string_view native_name);

// The services natives use, implemented by the interpreter (interpreter.cc).
// Every function returning Value may return Value::Exception() when it threw (or when Dart code
// it called threw): a native then returns that value at once.
namespace natives {

// Allocation. Strings are built from UTF-8 (WTF-8 for lone surrogates) or UTF-16 units; the
// result is one-byte when every unit fits.
Value NewString(Interpreter* vm, std::string_view utf8);
Value NewStringFromUtf16(Interpreter* vm, const uint16_t* units, size_t length);
Value NewStringFromLatin1(Interpreter* vm, const uint8_t* chars, size_t length);
// Uninitialized contents: the caller fills OneByteDataMut/TwoByteDataMut before any allocation.
Value NewOneByteString(Interpreter* vm, size_t length);
Value NewTwoByteString(Interpreter* vm, size_t length);
Value NewDouble(Interpreter* vm, double d);
Value NewInt(Interpreter* vm, int64_t i);         // A Smi or a Mint.
Value NewArray(Interpreter* vm, int64_t length);  // Fixed-length, filled with null.
// A growable list of [length] nulls with room for [capacity] (>= length) elements.
Value NewGrowableList(Interpreter* vm, int64_t length, int64_t capacity);
// Makes room for one more element in a growable list (may reallocate its backing array).
Value GrowableListAdd(Interpreter* vm, Value list, Value element);

// Throwing. Each builds the dart:core error by calling the dart:core helper named beside it
// and throws it with the current stack trace; returns Value::Exception().
Value Throw(Interpreter* vm, Value exception);
Value ThrowRangeErrorIndex(Interpreter* vm, int64_t index, Value indexable, int64_t length);
Value ThrowRangeErrorRange(Interpreter* vm, int64_t value, int64_t min, int64_t max,
                           std::string_view name);
Value ThrowRangeErrorValue(Interpreter* vm, std::string_view message);  // RangeError(message)
Value ThrowArgumentError(Interpreter* vm, std::string_view message);
Value ThrowArgumentValueError(Interpreter* vm, Value value, std::string_view name,
                              std::string_view message);  // ArgumentError.value
Value ThrowStateError(Interpreter* vm, std::string_view message);
Value ThrowUnsupportedError(Interpreter* vm, std::string_view message);
Value ThrowFormatException(Interpreter* vm, std::string_view message, Value source,
                           int64_t offset);  // offset -1: none
Value ThrowConcurrentModificationError(Interpreter* vm, Value modified);
Value ThrowIntegerDivisionByZero(Interpreter* vm);
Value ThrowTypeError(Interpreter* vm, std::string_view message);
// "type 'String' is not a subtype of type 'int' in type cast" style messages.
Value ThrowCastError(Interpreter* vm, Value value, std::string_view type_name);

// Calling back into Dart.
Value CallMethod(Interpreter* vm, Value receiver, std::string_view name,
                 std::initializer_list<Value> args);
Value CallFunction(Interpreter* vm, Value function, std::initializer_list<Value> args);
// receiver.toString() as a String value, with fast paths for ints, doubles, strings, bools,
// null; checks the result is a String.
Value ToString(Interpreter* vm, Value receiver);
// Dart == (null-aware, then operator ==): True/False, or Exception.
Value Equals(Interpreter* vm, Value a, Value b);
// receiver.hashCode as an int value, with fast paths.
Value HashCode(Interpreter* vm, Value receiver);
// The Dart name of [v]'s class ("int", "_GrowableList" is shown as "List<dynamic>" by Dart;
// here: the dart:core class name, e.g. "List", "Foo").
std::string ClassNameOf(Interpreter* vm, Value v);
// The identity hash of [v]: stable across collections, the same for identical objects.
int64_t IdentityHashCode(Interpreter* vm, Value v);
// Writes one line (no newline given) through the embedder's print callback.
void Print(Interpreter* vm, std::string_view line);
// The current stack trace as a StackTrace object.
Value CurrentStackTrace(Interpreter* vm);
// The text of a StackTrace object in Dart's format ("#0      main (file:///a.dart:3:5)\n...").
std::string StackTraceToString(Interpreter* vm, Value stack_trace);

}  // namespace natives
}  // namespace islet

#endif  // ISLET_VM_NATIVE_H_
