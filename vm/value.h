// Value: one machine word that is either a small integer or a pointer to a heap object.
//
// The representation (the same choice as the Dart VM): bit 0 is the tag. Tag 0 is a Smi whose
// 63-bit two's-complement value sits in bits 1-63, so adding, subtracting and comparing two Smis
// works on the raw words directly, with the hardware's overflow flag telling when the result
// leaves the Smi range (it then becomes a boxed Mint: Dart's int is a full 64 bits and the boxing
// is invisible to programs). Tag 1 is a pointer to a HeapObject plus one; objects are 8-byte
// aligned. null, true and false are immortal objects, not special immediates, so every value has
// a class id and method dispatch needs no special cases.
//
// Why not NaN-boxing: it would keep doubles unboxed, but it narrows immediate ints to 48 bits and
// costs a shift and a sign extension on every int operation; int-heavy code (loops, indices,
// field slots) dominates what we run, and doubles are cheap to box in a bump-allocated heap. This
// is to be re-measured with the floating-point benchmarks (NBody, Mandelbrot).
//
// A consequence the whole VM relies on: any 8-byte-aligned C++ pointer stored in a value slot
// looks like a Smi to the collector and is left alone. Closures and stack traces store their
// Function* this way.

#ifndef ISLET_VM_VALUE_H_
#define ISLET_VM_VALUE_H_

#include <cstdint>

namespace islet {

class HeapObject;

class Value {
 public:
  // The smallest and largest int that fits a Smi.
  static constexpr int64_t kSmiMin = -(int64_t{1} << 62);
  static constexpr int64_t kSmiMax = (int64_t{1} << 62) - 1;

  constexpr Value() : raw_(0) {}
  static constexpr Value FromRaw(uint64_t raw) { return Value(raw); }
  constexpr uint64_t raw() const { return raw_; }

  static constexpr bool IsSmiValue(int64_t v) { return v >= kSmiMin && v <= kSmiMax; }
  // [v] must satisfy IsSmiValue.
  static constexpr Value Smi(int64_t v) { return Value(static_cast<uint64_t>(v) << 1); }
  constexpr bool IsSmi() const { return (raw_ & 1) == 0; }
  constexpr int64_t SmiValue() const { return static_cast<int64_t>(raw_) >> 1; }

  constexpr bool IsObject() const { return (raw_ & 1) != 0; }
  HeapObject* object() const { return reinterpret_cast<HeapObject*>(raw_ - 1); }
  static Value Object(const HeapObject* o) { return Value(reinterpret_cast<uint64_t>(o) + 1); }

  // An aligned C++ pointer stored in a value slot (seen by the GC as a Smi).
  template <typename T>
  static Value RawPointer(T* p) {
    return Value(reinterpret_cast<uint64_t>(p));
  }
  template <typename T>
  T* AsRawPointer() const {
    return reinterpret_cast<T*>(raw_);
  }

  // The immortal singletons (object.cc).
  static Value Null();
  static Value True();
  static Value False();
  static Value Bool(bool b) { return b ? True() : False(); }
  // The marker of a late variable that has no value yet. Never visible to programs.
  static Value Uninitialized();
  // What a native or an interpreter entry returns when an exception is pending (the exception
  // itself is in the interpreter). Never stored anywhere.
  static Value Exception();

  bool IsNull() const { return *this == Null(); }
  bool IsTrue() const { return *this == True(); }
  bool IsFalse() const { return *this == False(); }
  bool IsUninitialized() const { return *this == Uninitialized(); }
  bool IsException() const { return *this == Exception(); }

  // Identity of the words (not Dart ==).
  constexpr bool operator==(Value o) const { return raw_ == o.raw_; }
  constexpr bool operator!=(Value o) const { return raw_ != o.raw_; }

 private:
  constexpr explicit Value(uint64_t raw) : raw_(raw) {}
  uint64_t raw_;
};

static_assert(sizeof(Value) == 8);

// The immortal singletons, two words each (header, payload), defined in object.cc:
// null, true, false, <uninitialized>, <exception>. Kept in one array so each accessor is an
// address computation the compiler folds into a constant.
extern const uint64_t kImmortalWords[10];
enum ImmortalIndex {
  kNullIndex = 0,
  kTrueIndex = 2,
  kFalseIndex = 4,
  kUninitIndex = 6,
  kExceptionIndex = 8
};

inline Value Value::Null() {
  return Value(reinterpret_cast<uint64_t>(&kImmortalWords[kNullIndex]) + 1);
}
inline Value Value::True() {
  return Value(reinterpret_cast<uint64_t>(&kImmortalWords[kTrueIndex]) + 1);
}
inline Value Value::False() {
  return Value(reinterpret_cast<uint64_t>(&kImmortalWords[kFalseIndex]) + 1);
}
inline Value Value::Uninitialized() {
  return Value(reinterpret_cast<uint64_t>(&kImmortalWords[kUninitIndex]) + 1);
}
inline Value Value::Exception() {
  return Value(reinterpret_cast<uint64_t>(&kImmortalWords[kExceptionIndex]) + 1);
}

}  // namespace islet

#endif  // ISLET_VM_VALUE_H_
