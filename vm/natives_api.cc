// The natives:: services of vm/native.h, as thin calls into the Interpreter, so natives depend
// on one small header rather than on the interpreter's internals.

#include "vm/interpreter.h"
#include "vm/native.h"

namespace islet {
namespace natives {

Value NewString(Interpreter* vm, std::string_view utf8) { return vm->NewString(utf8); }
Value NewStringFromUtf16(Interpreter* vm, const uint16_t* units, size_t length) {
  return vm->NewStringFromUtf16(units, length);
}
Value NewStringFromLatin1(Interpreter* vm, const uint8_t* chars, size_t length) {
  return vm->NewStringFromLatin1(chars, length);
}
Value NewOneByteString(Interpreter* vm, size_t length) { return vm->NewRawString(length, true); }
Value NewTwoByteString(Interpreter* vm, size_t length) { return vm->NewRawString(length, false); }
Value NewDouble(Interpreter* vm, double d) { return vm->NewDouble(d); }
Value NewInt(Interpreter* vm, int64_t i) { return vm->NewInt(i); }
Value NewArray(Interpreter* vm, int64_t length) { return vm->NewArray(length); }
Value NewGrowableList(Interpreter* vm, int64_t length, int64_t capacity) {
  return vm->NewGrowableList(length, capacity);
}
Value GrowableListAdd(Interpreter* vm, Value list, Value element) {
  return vm->GrowableAdd(list, element);
}

Value Throw(Interpreter* vm, Value exception) { return vm->Throw(exception); }

namespace {
Value Helper(Interpreter* vm, const char* helper, std::initializer_list<Value> args) {
  return vm->ThrowCoreError(helper, args.begin(), static_cast<int>(args.size()));
}
// Builds the string arguments first, rooted in handles, then calls the helper.
Value HelperWithString(Interpreter* vm, const char* helper, std::string_view message) {
  return vm->ThrowCoreErrorWithMessage(helper, message);
}
}  // namespace

Value ThrowRangeErrorIndex(Interpreter* vm, int64_t index, Value indexable, int64_t length) {
  Handle h(vm->heap(), indexable);
  Value i = vm->NewInt(index);
  if (i.IsException()) return i;
  Handle hi(vm->heap(), i);
  Value l = vm->NewInt(length);
  if (l.IsException()) return l;
  return Helper(vm, "_newRangeErrorIndex", {hi.get(), h.get(), l});
}
Value ThrowRangeErrorRange(Interpreter* vm, int64_t value, int64_t min, int64_t max,
                           std::string_view name) {
  Value n = vm->NewString(name);
  if (n.IsException()) return n;
  Handle hn(vm->heap(), n);
  Value v = vm->NewInt(value);
  if (v.IsException()) return v;
  Handle hv(vm->heap(), v);
  Value lo = vm->NewInt(min);
  if (lo.IsException()) return lo;
  Handle hlo(vm->heap(), lo);
  Value hi = vm->NewInt(max);
  if (hi.IsException()) return hi;
  return Helper(vm, "_newRangeErrorRange", {hv.get(), hlo.get(), hi, hn.get()});
}
Value ThrowRangeErrorValue(Interpreter* vm, std::string_view message) {
  return HelperWithString(vm, "_newRangeErrorValue", message);
}
Value ThrowArgumentError(Interpreter* vm, std::string_view message) {
  return HelperWithString(vm, "_newArgumentError", message);
}
Value ThrowArgumentValueError(Interpreter* vm, Value value, std::string_view name,
                              std::string_view message) {
  Handle hv(vm->heap(), value);
  Value n = vm->NewString(name);
  if (n.IsException()) return n;
  Handle hn(vm->heap(), n);
  Value m = vm->NewString(message);
  if (m.IsException()) return m;
  return Helper(vm, "_newArgumentValueError", {hv.get(), hn.get(), m});
}
Value ThrowStateError(Interpreter* vm, std::string_view message) {
  return HelperWithString(vm, "_newStateError", message);
}
Value ThrowUnsupportedError(Interpreter* vm, std::string_view message) {
  return HelperWithString(vm, "_newUnsupportedError", message);
}
Value ThrowFormatException(Interpreter* vm, std::string_view message, Value source,
                           int64_t offset) {
  Handle hs(vm->heap(), source);
  Value m = vm->NewString(message);
  if (m.IsException()) return m;
  Handle hm(vm->heap(), m);
  Value o = vm->NewInt(offset);
  if (o.IsException()) return o;
  return Helper(vm, "_newFormatException", {hm.get(), hs.get(), o});
}
Value ThrowConcurrentModificationError(Interpreter* vm, Value modified) {
  return Helper(vm, "_newConcurrentModificationError", {modified});
}
Value ThrowIntegerDivisionByZero(Interpreter* vm) {
  return Helper(vm, "_newIntegerDivisionByZeroException", {});
}
Value ThrowTypeError(Interpreter* vm, std::string_view message) {
  return HelperWithString(vm, "_newTypeError", message);
}
Value ThrowCastError(Interpreter* vm, Value value, std::string_view type_name) {
  return ThrowTypeError(vm, "type '" + vm->ClassNameOf(value) + "' is not a subtype of type '" +
                                std::string(type_name) + "' in type cast");
}

Value CallMethod(Interpreter* vm, Value receiver, std::string_view name,
                 std::initializer_list<Value> args) {
  return vm->CallMethod(receiver, vm->program()->NameId(name), args.begin(),
                        static_cast<int>(args.size()));
}
Value CallFunction(Interpreter* vm, Value function, std::initializer_list<Value> args) {
  return vm->CallClosure(function, args.begin(), static_cast<int>(args.size()));
}
Value ToString(Interpreter* vm, Value receiver) { return vm->ToString(receiver); }
Value Equals(Interpreter* vm, Value a, Value b) { return vm->Equals(a, b); }
Value HashCode(Interpreter* vm, Value receiver) { return vm->HashCode(receiver); }
std::string ClassNameOf(Interpreter* vm, Value v) { return vm->ClassNameOf(v); }
int64_t IdentityHashCode(Interpreter* vm, Value v) {
  if (v.IsSmi()) return v.SmiValue();
  return vm->heap()->IdentityHash(v.object());
}
void Print(Interpreter* vm, std::string_view line) { vm->Print(line); }
Value CurrentStackTrace(Interpreter* vm) { return vm->CurrentStackTrace(); }
std::string StackTraceToString(Interpreter* vm, Value stack_trace) {
  return vm->StackTraceToString(stack_trace);
}

}  // namespace natives
}  // namespace islet
